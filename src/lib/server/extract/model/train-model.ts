// Fits the decision layer on labelled articles and returns the model file's contents: the sentence
// heads (pledge, categories, strength) and the merge head (same pledge or not, for sentence pairs).
// Only features seen in at least `minArticles` different articles get a weight, so the file holds
// no rare word pair that could spell out a sentence of the training news, and one article's quirks
// cannot become a rule. Deterministic: the same articles give the same bytes.
import { HEADS, type Head, type ModelFile } from './pledge-model';
import { fitPlatt } from './calibrate';
import { fnv1a32, HASH_BITS } from './feature-hash';
import { foldOf } from './folds';
import { fitLogistic, score, type Example } from './logistic';
import type { SentenceLabel } from './label-sentences';
import { FEATURES_VERSION } from './sentence-features';

export interface TrainingArticle {
	id: string;
	sentences: { features: readonly number[]; label: SentenceLabel }[];
	/** Pairs of pledge sentences and whether they state the same pledge. */
	pairs: { features: readonly number[]; same: boolean }[];
}

export interface TrainOptions {
	l2: number;
	/** A feature needs this many distinct articles to get a weight. */
	minArticles: number;
	/** Weight of a pledge sentence in the pledge head's loss (they are rare). */
	positiveWeight: number;
	/** Folds for the out-of-fold scores that calibrate the pledge head (0: no calibration). */
	calibrationFolds: number;
	/** Calibrated probability from which a sentence is a pledge. */
	threshold: number;
	/** L2 penalty of the category and strength heads (fewer examples than the pledge head). */
	categoryL2: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { l2: 10, minArticles: 3, positiveWeight: 2, calibrationFolds: 5, threshold: 0.6, categoryL2: 1 };

interface Columns {
	list: number[];
	of: Map<number, number>;
}

function selectColumns(articles: readonly { features: readonly number[] }[][], minArticles: number): Columns {
	const count = new Map<number, number>();
	for (const rows of articles) {
		const seen = new Set<number>();
		for (const r of rows) for (const f of r.features) seen.add(f);
		for (const f of seen) count.set(f, (count.get(f) ?? 0) + 1);
	}
	const list = [...count].filter(([, n]) => n >= minArticles).map(([f]) => f).sort((a, b) => a - b);
	return { list, of: new Map(list.map((f, i) => [f, i])) };
}

function toColumns(features: readonly number[], columns: Columns): number[] {
	const out: number[] = [];
	for (const f of features) {
		const c = columns.of.get(f);
		if (c !== undefined) out.push(c);
	}
	return out;
}

interface Row {
	x: number[];
	label: SentenceLabel;
	article: string;
}

function headExamples(head: Head, rows: readonly Row[], options: TrainOptions): Example[] {
	if (head === 'pledge') return rows.map((r) => ({ x: r.x, y: r.label.pledge ? 1 : 0, weight: r.label.pledge ? options.positiveWeight : 1 }));
	// Categories and strength are learned from pledge sentences: given a pledge, which kind.
	const pledges = rows.filter((r) => r.label.pledge);
	if (head.startsWith('cat:')) {
		const cat = head.slice(4);
		return pledges.map((r) => ({ x: r.x, y: r.label.categories.some((c) => c === cat) ? 1 : 0 }));
	}
	const strength = head.slice('strength:'.length);
	return pledges.map((r) => ({ x: r.x, y: r.label.strength === strength ? 1 : 0 }));
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

function fitHead(head: Head, rows: readonly Row[], width: number, options: TrainOptions) {
	return fitLogistic(headExamples(head, rows, options), width, { l2: head === 'pledge' ? options.l2 : options.categoryL2 });
}

/** Out-of-fold pledge scores (each article scored by a model that never saw it) → Platt scaling. */
function calibrate(rows: readonly Row[], width: number, options: TrainOptions): { a: number; b: number } {
	if (options.calibrationFolds < 2) return { a: 1, b: 0 };
	const scores: number[] = [];
	const labels: (0 | 1)[] = [];
	for (let k = 0; k < options.calibrationFolds; k++) {
		const inFold = (r: Row) => foldOf(r.article, options.calibrationFolds) === k;
		const train = rows.filter((r) => !inFold(r));
		const test = rows.filter(inFold);
		if (test.length === 0 || train.length === 0) continue;
		const m = fitHead('pledge', train, width, options);
		for (const r of test) {
			scores.push(score(m, r.x));
			labels.push(r.label.pledge ? 1 : 0);
		}
	}
	if (!labels.includes(1) || !labels.includes(0)) return { a: 1, b: 0 };
	const p = fitPlatt(scores, labels);
	return { a: round(p.a), b: round(p.b) };
}

function trainMerge(articles: readonly TrainingArticle[], options: TrainOptions): ModelFile['merge'] {
	const columns = selectColumns(articles.map((a) => a.pairs), options.minArticles);
	const examples: Example[] = articles.flatMap((a) => a.pairs.map((p): Example => ({ x: toColumns(p.features, columns), y: p.same ? 1 : 0 })));
	const m = fitLogistic(examples, columns.list.length, { l2: options.l2 });
	return { columns: columns.list, bias: round(m.bias), weights: Array.from(m.weights, round) };
}

/**
 * `statementConfidence`, when given, goes into the file (and its version): it is fitted outside,
 * on statements extracted by models that did not see them (./fit-statement-confidence.ts).
 */
export function trainModel(articles: readonly TrainingArticle[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS, statementConfidence?: ModelFile['statementConfidence']): ModelFile {
	const columns = selectColumns(articles.map((a) => a.sentences), options.minArticles);
	const rows: Row[] = articles.flatMap((a) => a.sentences.map((s) => ({ x: toColumns(s.features, columns), label: s.label, article: a.id })));
	const width = columns.list.length;
	const heads = {} as ModelFile['heads'];
	for (const head of HEADS) {
		const m = fitHead(head, rows, width, options);
		heads[head] = { bias: round(m.bias), weights: Array.from(m.weights, round) };
	}
	const body = {
		format: 1 as const,
		featuresVersion: FEATURES_VERSION,
		hashBits: HASH_BITS,
		trainedOn: {
			articles: articles.length,
			sentences: rows.length,
			pledgeSentences: rows.filter((r) => r.label.pledge).length,
			minArticlesPerFeature: options.minArticles,
			l2: options.l2
		},
		columns: columns.list,
		heads,
		merge: trainMerge(articles, options),
		calibration: calibrate(rows, width, options),
		threshold: options.threshold,
		...(statementConfidence ? { statementConfidence } : {})
	};
	// The version names the weights, so statements record exactly which model decided them.
	const version = `m${fnv1a32(JSON.stringify(body)).toString(16).padStart(8, '0')}`;
	return { ...body, version };
}
