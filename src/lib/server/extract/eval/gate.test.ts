import { describe, expect, it } from 'vitest';
import { checkGate } from './gate';

describe('checkGate', () => {
	const baseline = { strictF1: 0.5, tolerance: 0.02, corpus: 'fictional' };
	it.each([
		{ f1: 0.55, pass: true },
		{ f1: 0.5, pass: true },
		{ f1: 0.48, pass: true },
		{ f1: 0.479, pass: false },
		{ f1: 0.2, pass: false }
	])('strict F1 $f1 against 0.50 − 0.02 → pass: $pass', ({ f1, pass }) => {
		const verdict = checkGate(f1, baseline);
		expect(verdict.pass).toBe(pass);
		expect(verdict.message).toContain(f1.toFixed(3));
	});
});
