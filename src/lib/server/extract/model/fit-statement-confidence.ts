// Trains the decision layer with its statement confidence (./statement-confidence.ts). The
// confidence model must learn from statements the deciding model did not see being made: the
// articles are split into folds, a model trained on the others extracts each fold, and every
// pledge statement it makes is labelled right or wrong against the gold the way the evaluation
// scores it (strict: category, evidence and actor). Then the sentence heads are trained on all
// articles and the confidence model is stored with them.
import { extractStatements, type ExtractContext } from '../extract-statements';
import { matchPledges, type GoldPledgeLike } from '../eval/score';
import { toGoldFormat } from '../to-gold-format';
import { foldOf } from './folds';
import type { Example } from './logistic';
import { loadPledgeModel, type ModelFile } from './pledge-model';
import { fitStatementConfidence, statementFeatures } from './statement-confidence';
import { DEFAULT_TRAIN_OPTIONS, trainModel, type TrainingArticle, type TrainOptions } from './train-model';
import { trainingArticle, type AnnotatedArticle } from './training-set';

export interface GoldArticle extends AnnotatedArticle {
	gold: GoldPledgeLike[];
}

/** Right/wrong examples of the pledge statements a model trained without `test` makes on it. */
function labelledStatements(test: readonly GoldArticle[], train: readonly TrainingArticle[], ctx: ExtractContext, options: TrainOptions): Example[] {
	const model = loadPledgeModel(trainModel(train, options), 'inner-fold model');
	const examples: Example[] = [];
	for (const item of test) {
		const extraction = extractStatements(item.article, { ...ctx, model });
		const pledges = extraction.statements.filter((s) => s.kind === 'pledge');
		const predicted = toGoldFormat(item.article.id, extraction).pledges;
		const right = new Set(matchPledges(item.article.text ?? '', item.gold, predicted, true).map(([p]) => p));
		pledges.forEach((s, i) => {
			const sameSentence = pledges.filter((o) => o.evidence.start === s.evidence.start).length;
			examples.push({ x: statementFeatures(s, extraction.lang, sameSentence), y: right.has(i) ? 1 : 0 });
		});
	}
	return examples;
}

export function trainWithConfidence(
	items: readonly GoldArticle[],
	ctx: ExtractContext,
	options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
	prepared: ReadonlyMap<string, TrainingArticle> = new Map(items.map((item) => [item.article.id, trainingArticle(item, ctx)]))
): ModelFile {
	const all = items.map((item) => prepared.get(item.article.id) ?? trainingArticle(item, ctx));
	const folds = options.calibrationFolds;
	if (folds < 2) return trainModel(all, options);
	// Salted, so that inside an outer cross-validation (folds by the same hash) every inner fold has articles.
	const foldOfItem = (item: GoldArticle) => foldOf(`confidence:${item.article.id}`, folds);
	const examples: Example[] = [];
	for (let k = 0; k < folds; k++) {
		const test = items.filter((item) => foldOfItem(item) === k);
		const train = items.filter((item) => foldOfItem(item) !== k).map((item) => prepared.get(item.article.id) ?? trainingArticle(item, ctx));
		if (test.length === 0 || train.length === 0) continue;
		examples.push(...labelledStatements(test, train, ctx, options));
	}
	const ys = new Set(examples.map((e) => e.y));
	return trainModel(all, options, ys.size === 2 ? fitStatementConfidence(examples) : undefined);
}
