import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from './date';
import { formatNumber, formatRupiah } from './number';

describe('formatting in both languages', () => {
	it.each([
		{ amount: 1_400_000_000_000, lang: 'id', q: null, expected: 'Rp1,4 triliun' },
		{ amount: 1_400_000_000_000, lang: 'en', q: null, expected: 'IDR 1.4 trillion' },
		{ amount: 60_000_000_000, lang: 'id', q: null, expected: 'Rp60 miliar' },
		{ amount: 9_200_000_000_000, lang: 'id', q: 'more_than', expected: 'lebih dari Rp9,2 triliun' },
		{ amount: 2_500_000, lang: 'en', q: 'about', expected: 'about IDR 2.5 million' },
		{ amount: 750, lang: 'id', q: null, expected: 'Rp750' }
	] as const)('writes $amount in $lang as $expected', ({ amount, lang, q, expected }) => {
		expect(formatRupiah(amount, lang, q)).toBe(expected);
	});

	it('groups thousands the local way', () => {
		expect(formatNumber(12345, 'id')).toBe('12.345');
		expect(formatNumber(12345, 'en')).toBe('12,345');
	});

	it('names months without time-zone drift', () => {
		expect(formatDate('2025-05-01', 'id')).toBe('1 Mei 2025');
		expect(formatDate('2025-05-01', 'en')).toBe('1 May 2025');
		expect(formatMonth('2025-12-01', 'en')).toBe('December 2025');
		expect(formatDate(null, 'en')).toBe('undated');
	});
});
