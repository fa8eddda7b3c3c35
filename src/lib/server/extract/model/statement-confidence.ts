// What a pledge's confidence means: the probability that the whole statement is right — a pledge,
// of this category, by this actor — not only that its sentence commits someone. The sentence head's
// calibrated probability overstates it: a right sentence can carry the wrong category (when the
// rules name none and the category heads guess) or the wrong actor (when nobody in reach is named
// and the article's main institution stands in). A small logistic model over what the statement
// records about how it was read maps these to a probability, fitted on statements extracted from
// articles the deciding model never saw (./fit-statement-confidence.ts).
import type { Lang, Statement } from '../../../domain/statement';
import { fitLogistic, sigmoid, type Example } from './logistic';

export interface StatementConfidenceModel {
	/** Feature names, in column order (for reading the model file). */
	features: string[];
	bias: number;
	weights: number[];
}

// The sentence head's probability, in bands (the fitter takes binary features).
const PROBABILITY_BANDS = [0.7, 0.8, 0.9, 0.95];
const ACTOR_HOW = ['subject', 'speaker', 'context', 'pair', 'object', 'article'];

export const STATEMENT_FEATURES: readonly string[] = [
	...PROBABILITY_BANDS.map((b) => `sentence-probability>=${b}`),
	'category:rules-name-none',
	'category:listed-means',
	'category:from-subject-or-verb',
	...ACTOR_HOW.map((h) => `actor:${h}`),
	'restated',
	'one-of-several-categories',
	'lang:en'
];
const COLUMN = new Map(STATEMENT_FEATURES.map((f, i) => [f, i]));

/** The columns of STATEMENT_FEATURES that describe `s` (a pledge statement as extraction built it). */
export function statementFeatures(s: Statement, lang: Lang, categoriesOfSentence: number): number[] {
	const on: string[] = [];
	const p = s.confidence.score;
	for (const b of PROBABILITY_BANDS) if (p >= b) on.push(`sentence-probability>=${b}`);
	const signals = s.confidence.signals;
	if (signals.includes('category:no-category')) on.push('category:rules-name-none');
	if (signals.includes('category:means')) on.push('category:listed-means');
	if (signals.includes('category:subject') || signals.includes('category:verb')) on.push('category:from-subject-or-verb');
	for (const h of ACTOR_HOW) if (signals.includes(`actor:${h}`)) on.push(`actor:${h}`);
	if (s.restatements.length > 0) on.push('restated');
	if (categoriesOfSentence > 1) on.push('one-of-several-categories');
	if (lang === 'en') on.push('lang:en');
	return on.map((f) => COLUMN.get(f)!);
}

export function statementConfidence(model: StatementConfidenceModel, columns: readonly number[]): number {
	let z = model.bias;
	for (const c of columns) z += model.weights[c];
	return sigmoid(z);
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** Fits the model on statements labelled right (1) or wrong (0). */
export function fitStatementConfidence(examples: readonly Example[]): StatementConfidenceModel {
	const m = fitLogistic(examples, STATEMENT_FEATURES.length, { l2: 1 });
	return { features: [...STATEMENT_FEATURES], bias: round(m.bias), weights: Array.from(m.weights, round) };
}
