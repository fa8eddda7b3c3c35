import { describe, expect, it } from 'vitest';
import { formatDeadline } from './deadline';

describe('formatDeadline', () => {
	it.each([
		['2025-12-31', 'id', 'akhir 2025'],
		['2025-12-31', 'en', 'end of 2025'],
		['2026-03-31', 'id', 'akhir Maret 2026'],
		['2026-02-28', 'en', 'end of February 2026'],
		['2028-02-28', 'en', '28 February 2028'],
		['2026-03-20', 'id', '20 Maret 2026'],
		['2025-05-25', 'en', '25 May 2025']
	] as const)('%s (%s) → %s', (iso, lang, expected) => {
		expect(formatDeadline(iso, lang)).toBe(expected);
	});
});
