import { describe, expect, it } from 'vitest';
import { fitLogistic, score, sigmoid, type Example } from './logistic';

// Four features; the label is "feature 0 present and feature 1 absent": linearly separable.
const toy: Example[] = [
	{ x: [0], y: 1 },
	{ x: [0, 2], y: 1 },
	{ x: [0, 3], y: 1 },
	{ x: [1], y: 0 },
	{ x: [0, 1], y: 0 },
	{ x: [2, 3], y: 0 },
	{ x: [], y: 0 }
];

describe('fitLogistic', () => {
	it('learns a separable toy set exactly', () => {
		const m = fitLogistic(toy, 4, { l2: 0.01 });
		for (const ex of toy) expect(sigmoid(score(m, ex.x)) >= 0.5 ? 1 : 0).toBe(ex.y);
	});

	it('is deterministic: the same data gives the same weights', () => {
		const a = fitLogistic(toy, 4, { l2: 0.1 });
		const b = fitLogistic(toy, 4, { l2: 0.1 });
		expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
		expect(a.bias).toBe(b.bias);
	});

	it('shrinks weights as the penalty grows', () => {
		const loose = fitLogistic(toy, 4, { l2: 0.1 });
		const tight = fitLogistic(toy, 4, { l2: 10 });
		expect(Math.abs(tight.weights[0])).toBeLessThan(Math.abs(loose.weights[0]));
	});

	it('reaches the optimum: the gradient vanishes', () => {
		const l2 = 0.5;
		const m = fitLogistic(toy, 4, { l2, tolerance: 1e-9, maxIterations: 1000 });
		const grad = [0, 0, 0, 0, 0];
		for (const ex of toy) {
			const g = sigmoid(score(m, ex.x)) - ex.y;
			grad[0] += g;
			for (const j of ex.x) grad[j + 1] += g;
		}
		for (let j = 0; j < 4; j++) grad[j + 1] += l2 * m.weights[j];
		for (const g of grad) expect(Math.abs(g)).toBeLessThan(1e-6);
	});

	it('weighs examples: a heavier positive pulls the boundary towards it', () => {
		const data: Example[] = [
			{ x: [0], y: 1 },
			{ x: [0], y: 0 }
		];
		const even = fitLogistic(data, 1, { l2: 0.1 });
		const heavy = fitLogistic([{ ...data[0], weight: 3 }, data[1]], 1, { l2: 0.1 });
		expect(sigmoid(score(even, [0]))).toBeCloseTo(0.5, 5);
		expect(sigmoid(score(heavy, [0]))).toBeGreaterThan(0.7);
	});
});
