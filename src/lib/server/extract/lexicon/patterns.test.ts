import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp, wordsPattern } from './patterns';
import type { Entries } from './types';

const entries = (...texts: string[]): Entries => texts.map((t) => [t, ''] as const);

describe('lexicon patterns', () => {
	it('escapes what a regular expression would read as syntax', () => {
		expect(new RegExp(`^${escapeRegExp('a.b*(c)|[d]?+{2}^$\\')}$`).test('a.b*(c)|[d]?+{2}^$\\')).toBe(true);
		expect(wordsPattern([entries('u.s.')]).test('u-s-')).toBe(false);
	});

	it('puts longer entries first, so a phrase wins over a word it starts with', () => {
		expect(alternation(entries('apbd', 'apbd-p', 'rp'))).toBe('apbd-p|apbd|rp');
		expect(wordsPattern([entries('ready to', 'ready to help')]).exec('we are ready to help them')?.[0]).toBe('ready to help');
	});

	it('joins lists and drops repeats', () => {
		expect(alternation(entries('dana', 'and'), entries('and', 'fund'))).toBe('dana|fund|and');
	});

	it('matches whole words only', () => {
		const re = wordsPattern([entries('akan')]);
		expect(re.test('dia akan datang')).toBe(true);
		expect(re.test('diprakirakan hujan')).toBe(false);
	});

	it('never matches when every list is empty', () => {
		expect(wordsPattern([[], []]).test('')).toBe(false);
		expect(wordsPattern([[]]).test('any words at all')).toBe(false);
	});
});
