import { describe, expect, it } from 'vitest';
import { matchesEtag, strongEtag, weakEtag } from './conditional';

describe('conditional GET', () => {
	it.each([
		{ header: null, etag: '"a"', expected: false },
		{ header: '"a"', etag: '"a"', expected: true },
		{ header: 'W/"a"', etag: '"a"', expected: true },
		{ header: '"a"', etag: 'W/"a"', expected: true },
		{ header: '"b", W/"a"', etag: 'W/"a"', expected: true },
		{ header: '*', etag: 'W/"a"', expected: true },
		{ header: '"ab"', etag: '"a"', expected: false }
	])('If-None-Match $header against $etag → $expected', ({ header, etag, expected }) => {
		expect(matchesEtag(header, etag)).toBe(expected);
	});

	it('makes ETags that change with any of their inputs', () => {
		expect(strongEtag('x')).toMatch(/^"[\w-]{27}"$/);
		expect(weakEtag(['1', '/'])).toMatch(/^W\/"/);
		expect(weakEtag(['1', '/'])).toBe(weakEtag(['1', '/']));
		expect(weakEtag(['1', '/'])).not.toBe(weakEtag(['2', '/']));
		// Parts are separated, so shifting a character between them is a different tag.
		expect(weakEtag(['1', '2/'])).not.toBe(weakEtag(['12', '/']));
	});
});
