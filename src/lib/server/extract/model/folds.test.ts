import { describe, expect, it } from 'vitest';
import { foldOf, splitFolds } from './folds';

describe('cross-validation folds', () => {
	const ids = Array.from({ length: 200 }, (_, i) => String(i).padStart(3, '0'));

	it('puts every article in exactly one fold, the same one whatever the order', () => {
		const forward = splitFolds(ids, (x) => x, 5);
		const backward = splitFolds([...ids].reverse(), (x) => x, 5);
		expect(forward.flat().sort()).toEqual(ids);
		forward.forEach((fold, k) => expect([...fold].sort()).toEqual([...backward[k]].sort()));
	});

	it('keeps an article in its fold when others are added', () => {
		expect(foldOf('042', 5)).toBe(foldOf('042', 5));
		const before = splitFolds(ids.slice(0, 100), (x) => x, 5);
		const after = splitFolds(ids, (x) => x, 5);
		before.forEach((fold, k) => fold.forEach((id) => expect(after[k]).toContain(id)));
	});

	it('spreads articles roughly evenly', () => {
		for (const fold of splitFolds(ids, (x) => x, 5)) {
			expect(fold.length).toBeGreaterThan(25);
			expect(fold.length).toBeLessThan(55);
		}
	});
});
