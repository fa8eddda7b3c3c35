// The decision layer's model: linear heads over hashed features, read from the committed model
// file. `pledge` decides whether a sentence commits its actor; `cat:*` which kinds of support it
// gives (several may be on); `strength:*` whether it is conditional or hedged (else firm).
import type { Category, Strength } from '../../../domain/statement';
import { applyPlatt, type Platt } from './calibrate';
import { HASH_BITS } from './feature-hash';
import { sigmoid } from './logistic';
import { FEATURES_VERSION } from './sentence-features';
import { STATEMENT_FEATURES, type StatementConfidenceModel } from './statement-confidence';

export const CATEGORY_HEADS = ['budget', 'oversight', 'program', 'regulation', 'other'] as const satisfies readonly Category[];
export const STRENGTH_HEADS = ['conditional', 'hedged'] as const satisfies readonly Strength[];
export const HEADS = ['pledge', ...CATEGORY_HEADS.map((c) => `cat:${c}` as const), ...STRENGTH_HEADS.map((s) => `strength:${s}` as const)] as const;
export type Head = (typeof HEADS)[number];

export interface ModelFile {
	format: 1;
	/** Goes into the extractor version stored with every statement. */
	version: string;
	featuresVersion: string;
	hashBits: number;
	trainedOn: { articles: number; sentences: number; pledgeSentences: number; minArticlesPerFeature: number; l2: number };
	/** Hashed feature indices that carry weights, ascending. */
	columns: number[];
	heads: Record<Head, { bias: number; weights: number[] }>;
	/** Whether two pledge sentences of one article state the same pledge (./pair-features.ts). */
	merge: { columns: number[]; bias: number; weights: number[] };
	/** Maps the pledge head's score to a calibrated probability. */
	calibration: Platt;
	/** Calibrated probability from which a sentence is a pledge. */
	threshold: number;
	/** Maps how a pledge statement was read to the probability that it is right (./statement-confidence.ts). */
	statementConfidence?: StatementConfidenceModel;
}

export interface PledgeModel {
	version: string;
	threshold: number;
	calibration: Platt;
	/** Hashed index → row in the weight table + 1 (0: the feature carries no weight). */
	rows: Int32Array;
	/** rows × heads, row-major. */
	weights: Float32Array;
	/** The pledge head's column alone: every sentence is scored by it, the other heads only for pledges. */
	pledgeWeights: Float32Array;
	biases: Float64Array;
	merge: { rows: Int32Array; weights: Float32Array; bias: number };
	/** Null in a model trained without it: a statement's confidence is then its sentence's. */
	statementConfidence: StatementConfidenceModel | null;
}

export type HeadScores = Record<Head, number>;

// A direct-address table (4 MB) rather than a Map: every sentence of every article looks up each
// of its features here, and this lookup dominated extraction time.
function rowIndex(columns: readonly number[]): Int32Array {
	const rows = new Int32Array(1 << HASH_BITS);
	columns.forEach((c, i) => {
		if (!Number.isInteger(c) || c < 0 || c >= rows.length) throw new Error(`feature index ${c} is outside the hash space`);
		rows[c] = i + 1;
	});
	return rows;
}

/** Checks and indexes a parsed model file; throws with the reason when it cannot be used. */
export function loadPledgeModel(file: unknown, source = 'model file'): PledgeModel {
	const m = file as Partial<ModelFile> | null;
	if (!m || m.format !== 1) throw new Error(`${source}: not a Pledgewatch model file (format 1 expected)`);
	if (m.featuresVersion !== FEATURES_VERSION || m.hashBits !== HASH_BITS) {
		throw new Error(`${source}: trained on features ${m.featuresVersion}/${m.hashBits} bits, but the extractor computes ${FEATURES_VERSION}/${HASH_BITS}; retrain with \`npm run train\``);
	}
	const columns = m.columns ?? [];
	const rows = rowIndex(columns);
	const weights = new Float32Array(columns.length * HEADS.length);
	const biases = new Float64Array(HEADS.length);
	HEADS.forEach((head, h) => {
		const entry = m.heads?.[head];
		if (!entry || entry.weights.length !== columns.length) throw new Error(`${source}: head "${head}" is missing or has the wrong number of weights`);
		biases[h] = entry.bias;
		for (let i = 0; i < columns.length; i++) weights[i * HEADS.length + h] = entry.weights[i];
	});
	const merge = m.merge;
	if (!merge || merge.columns.length !== merge.weights.length) throw new Error(`${source}: the merge head is missing or has the wrong number of weights`);
	const confidence = m.statementConfidence ?? null;
	if (confidence && (confidence.features.join() !== STATEMENT_FEATURES.join() || confidence.weights.length !== STATEMENT_FEATURES.length)) {
		throw new Error(`${source}: its statement confidence reads other features than the extractor computes; retrain with \`npm run train\``);
	}
	return {
		version: m.version ?? 'unknown',
		threshold: m.threshold ?? 0.5,
		calibration: m.calibration ?? { a: 1, b: 0 },
		rows,
		weights,
		pledgeWeights: Float32Array.from(m.heads!.pledge.weights),
		biases,
		merge: { rows: rowIndex(merge.columns), weights: Float32Array.from(merge.weights), bias: merge.bias },
		statementConfidence: confidence
	};
}

/** Probability that two pledge sentences state the same pledge. */
export function sameClaimProbability(model: PledgeModel, hashed: readonly number[]): number {
	let z = model.merge.bias;
	for (const f of hashed) {
		const row = model.merge.rows[f];
		if (row !== 0) z += model.merge.weights[row - 1];
	}
	return sigmoid(z);
}

/** Raw linear scores of every head for one sentence's hashed features. */
export function scoreHeads(model: PledgeModel, hashed: readonly number[]): HeadScores {
	const z = Float64Array.from(model.biases);
	const width = HEADS.length;
	for (const f of hashed) {
		const row = model.rows[f];
		if (row === 0) continue;
		const base = (row - 1) * width;
		for (let h = 0; h < width; h++) z[h] += model.weights[base + h];
	}
	const out = {} as HeadScores;
	HEADS.forEach((head, h) => (out[head] = z[h]));
	return out;
}

/** Calibrated probability that a sentence states a pledge. */
export function pledgeProbability(model: PledgeModel, hashed: readonly number[]): number {
	let z = model.biases[0];
	for (const f of hashed) {
		const row = model.rows[f];
		if (row !== 0) z += model.pledgeWeights[row - 1];
	}
	return applyPlatt(model.calibration, z);
}
