// npm run eval -- [--cv K] DIR... : scores the extractor against gold annotations (corpus/FORMAT.md).
// With --cv K (the figure that counts), K folds by article: trained on K-1, scored on the held-out
// fold. Without it, the committed model is scored as it is — only meaningful on articles it was
// not trained on. --gate FILE fails (exit 1) when pooled strict F1 falls more than 0.02 below the
// baseline in FILE; --json FILE writes the full report; --train-option KEY=VALUE overrides a training
// option for the cross-validation (e.g. l2=30), to try one before changing the default.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadGazetteer } from '../src/lib/server/resolve/gazetteer';
import { extractStatements } from '../src/lib/server/extract/extract-statements';
import { toGoldFormat } from '../src/lib/server/extract/to-gold-format';
import { readCorpora } from '../src/lib/server/extract/eval/read-corpus';
import { crossValidate } from '../src/lib/server/extract/eval/cross-validate';
import { diagnose } from '../src/lib/server/extract/eval/diagnostics';
import { scoreCorpus, type ArticleToScore } from '../src/lib/server/extract/eval/score';
import { formatReport, formatCrossValidation } from '../src/lib/server/extract/eval/format-report';
import { checkGate, type GateBaseline } from '../src/lib/server/extract/eval/gate';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from '../src/lib/server/extract/model/train-model';

const args = process.argv.slice(2).filter((a) => a !== '--');
function option(name: string): string | null {
	const at = args.indexOf(name);
	return at >= 0 ? args.splice(at, 2)[1] ?? null : null;
}
const trainOptions: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS };
for (let at = args.indexOf('--train-option'); at >= 0; at = args.indexOf('--train-option')) {
	const [key, value] = (args.splice(at, 2)[1] ?? '').split('=');
	if (!(key in trainOptions) || !Number.isFinite(Number(value))) {
		console.error(`--train-option ${key}=${value}: expected one of ${Object.keys(trainOptions).join(', ')} with a number`);
		process.exit(2);
	}
	(trainOptions as unknown as Record<string, number>)[key] = Number(value);
}
const cv = option('--cv');
const gateFile = option('--gate');
const jsonOut = option('--json');
const quiet = args.includes('--quiet');
const dirs = args.filter((a) => a !== '--quiet');
if (dirs.length === 0) dirs.push('../shared/corpus/dev');

const { items, problems } = readCorpora(dirs);
for (const p of problems) console.error(p);
if (items.length === 0) {
	console.error(`No annotated articles in ${dirs.join(', ')}; nothing to score.`);
	process.exit(0);
}
const gazetteer = await loadGazetteer();
let pooledStrictF1: number;
if (cv) {
	const folds = Number(cv);
	if (!Number.isInteger(folds) || folds < 2) {
		console.error(`--cv ${cv}: the number of folds must be an integer of at least 2`);
		process.exit(2);
	}
	const result = crossValidate(items, { gazetteer }, folds, trainOptions);
	console.log(formatCrossValidation(result, { listErrors: !quiet }));
	pooledStrictF1 = result.pooled.strict.f1;
	if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 1));
} else {
	console.log('Scoring the committed model as it is: a figure on articles it was trained on is not a result (use --cv).');
	const scored = items.map((item): ArticleToScore => {
		const out = toGoldFormat(item.article.id, extractStatements(item.article, { gazetteer }));
		return { id: item.article.id, lang: item.article.lang ?? 'id', text: item.article.text, gold: item.gold, predicted: out.pledges };
	});
	const report = scoreCorpus(scored);
	console.log(formatReport(report, diagnose(scored), { listErrors: !quiet }));
	pooledStrictF1 = report.strict.f1;
	if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 1));
}
if (gateFile) {
	const baseline = JSON.parse(readFileSync(gateFile, 'utf8')) as GateBaseline;
	const verdict = checkGate(pooledStrictF1, baseline);
	console.log(verdict.message);
	if (!verdict.pass) process.exit(1);
}
