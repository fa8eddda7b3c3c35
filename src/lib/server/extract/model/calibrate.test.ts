import { describe, expect, it } from 'vitest';
import { applyPlatt, calibrationTable, fitPlatt } from './calibrate';

describe('Platt calibration', () => {
	it('maps scores to the observed frequency: at score s, half of the examples are positive', () => {
		// Score 0: 1 of 2 positive; score 2: 9 of 10; score -2: 1 of 10.
		const scores = [0, 0, ...Array(10).fill(2), ...Array(10).fill(-2)];
		const labels = [1, 0, ...Array(9).fill(1), 0, 1, ...Array(9).fill(0)] as (0 | 1)[];
		const p = fitPlatt(scores, labels);
		expect(applyPlatt(p, 0)).toBeCloseTo(0.5, 1);
		expect(applyPlatt(p, 2)).toBeGreaterThan(0.8);
		expect(applyPlatt(p, 2)).toBeLessThan(0.95);
		expect(applyPlatt(p, -2)).toBeLessThan(0.2);
	});

	it('stays finite on a perfectly separated set', () => {
		const p = fitPlatt([-3, -2, 2, 3], [0, 0, 1, 1]);
		expect(Number.isFinite(p.a) && Number.isFinite(p.b)).toBe(true);
		expect(applyPlatt(p, 3)).toBeLessThan(1);
	});
});

describe('calibrationTable', () => {
	it('bins confidences by decile and counts how many were right', () => {
		const bins = calibrationTable([
			{ confidence: 0.95, correct: true },
			{ confidence: 0.91, correct: false },
			{ confidence: 0.55, correct: true },
			{ confidence: 1, correct: true }
		]);
		expect(bins).toHaveLength(10);
		expect(bins[9]).toMatchObject({ from: 0.9, count: 3, correct: 2 });
		expect(bins[9].meanConfidence).toBeCloseTo((0.95 + 0.91 + 1) / 3, 10);
		expect(bins[5]).toMatchObject({ count: 1, correct: 1 });
		expect(bins[0].count).toBe(0);
	});
});
