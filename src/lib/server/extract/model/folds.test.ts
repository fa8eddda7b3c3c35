import { describe, expect, it } from 'vitest';
import { foldOf } from './folds';

describe('foldOf', () => {
	const ids = Array.from({ length: 200 }, (_, i) => String(i).padStart(3, '0'));

	it('gives an article the same fold every time, whatever else is in the corpus', () => {
		expect(ids.map((id) => foldOf(id, 5))).toEqual(ids.map((id) => foldOf(id, 5)));
		expect(foldOf('042', 5)).toBe(foldOf('042', 5));
	});

	it('uses every fold and spreads articles roughly evenly', () => {
		const sizes = [0, 0, 0, 0, 0];
		for (const id of ids) sizes[foldOf(id, 5)]++;
		for (const n of sizes) {
			expect(n).toBeGreaterThan(25);
			expect(n).toBeLessThan(55);
		}
	});

	it('stays inside 0 … folds − 1', () => {
		for (const id of ids) expect([0, 1, 2]).toContain(foldOf(id, 3));
	});
});
