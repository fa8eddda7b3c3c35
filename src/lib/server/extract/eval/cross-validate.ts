// K-fold cross-validation by article: the model is trained on K-1 folds and scored on the one it
// never saw, fold by fold; only these (and held-out) figures describe how the extractor does on
// news it was not fitted to. Pure given the corpus: no I/O.
import { extractStatements, type ExtractContext } from '../extract-statements';
import { loadPledgeModel } from '../model/pledge-model';
import { foldOf } from '../model/folds';
import { DEFAULT_TRAIN_OPTIONS, type TrainingArticle, type TrainOptions } from '../model/train-model';
import { trainWithConfidence } from '../model/fit-statement-confidence';
import { trainingArticle } from '../model/training-set';
import { toGoldFormat } from '../to-gold-format';
import type { CorpusArticle } from './read-corpus';
import { scoreCorpus, type ArticleToScore, type EvalReport } from './score';
import { diagnose, type Diagnostics } from './diagnostics';

export interface CrossValidation {
	folds: { fold: number; articles: number; report: EvalReport }[];
	pooled: EvalReport;
	diagnostics: Diagnostics;
}

export function crossValidate(items: readonly CorpusArticle[], ctx: ExtractContext, folds = 5, options: TrainOptions = DEFAULT_TRAIN_OPTIONS): CrossValidation {
	const prepared = new Map<string, TrainingArticle>(items.map((item) => [item.article.id, trainingArticle(item, ctx)]));
	const scored: ArticleToScore[] = [];
	const perFold: CrossValidation['folds'] = [];
	for (let k = 0; k < folds; k++) {
		const test = items.filter((item) => foldOf(item.article.id, folds) === k);
		if (test.length === 0) continue;
		const train = items.filter((item) => foldOf(item.article.id, folds) !== k);
		const model = loadPledgeModel(trainWithConfidence(train, ctx, options, prepared), `fold ${k + 1} model`);
		const foldScored = test.map((item): ArticleToScore => {
			const out = toGoldFormat(item.article.id, extractStatements(item.article, { ...ctx, model }));
			return { id: item.article.id, lang: item.article.lang ?? 'id', text: item.article.text, gold: item.gold, predicted: out.pledges };
		});
		perFold.push({ fold: k + 1, articles: test.length, report: scoreCorpus(foldScored) });
		scored.push(...foldScored);
	}
	return { folds: perFold, pooled: scoreCorpus(scored), diagnostics: diagnose(scored) };
}
