// Calibration: a raw linear score becomes a probability that means what it says (of statements
// given 0.8, about 8 in 10 are right). Platt scaling fits p = σ(a·score + b) to scores the model
// produced on data it was not fitted to (out-of-fold), by Newton's method on two parameters.
import { sigmoid } from './logistic';

export interface Platt {
	a: number;
	b: number;
}

export function fitPlatt(scores: readonly number[], labels: readonly (0 | 1)[]): Platt {
	// Platt's smoothed targets keep a separable set from pushing a to infinity.
	const pos = labels.filter((l) => l === 1).length;
	const neg = labels.length - pos;
	const hi = (pos + 1) / (pos + 2);
	const lo = 1 / (neg + 2);
	let a = 1;
	let b = 0;
	for (let iter = 0; iter < 100; iter++) {
		let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
		for (let i = 0; i < scores.length; i++) {
			const t = labels[i] === 1 ? hi : lo;
			const p = sigmoid(a * scores[i] + b);
			const d = p - t;
			const w = p * (1 - p);
			ga += d * scores[i];
			gb += d;
			haa += w * scores[i] * scores[i];
			hab += w * scores[i];
			hbb += w;
		}
		const det = haa * hbb - hab * hab;
		if (Math.abs(det) < 1e-15) break;
		const da = (hbb * ga - hab * gb) / det;
		const db = (haa * gb - hab * ga) / det;
		a -= da;
		b -= db;
		if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
	}
	return { a, b };
}

export function applyPlatt(p: Platt, score: number): number {
	return sigmoid(p.a * score + p.b);
}

export interface CalibrationBin {
	/** Lower edge of the confidence bin (0, 0.1, … 0.9). */
	from: number;
	count: number;
	correct: number;
	/** Mean stated confidence in the bin. */
	meanConfidence: number;
}

/** Confidence deciles: how often statements given each confidence were right. */
export function calibrationTable(items: readonly { confidence: number; correct: boolean }[]): CalibrationBin[] {
	const bins: CalibrationBin[] = Array.from({ length: 10 }, (_, k) => ({ from: k / 10, count: 0, correct: 0, meanConfidence: 0 }));
	for (const it of items) {
		const k = Math.min(9, Math.max(0, Math.floor(it.confidence * 10)));
		bins[k].count++;
		if (it.correct) bins[k].correct++;
		bins[k].meanConfidence += it.confidence;
	}
	for (const b of bins) if (b.count) b.meanConfidence /= b.count;
	return bins;
}
