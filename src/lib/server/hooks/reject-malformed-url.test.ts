import { describe, expect, it } from 'vitest';
import { findMalformedUrlPart } from './reject-malformed-url';

describe('findMalformedUrlPart', () => {
	it.each([
		{ pathname: '/pledges', search: '?q=anggaran&category=budget', expected: null },
		{ pathname: '/pledges', search: '?q=caf%C3%A9+dan+%E2%80%9Cjanji%E2%80%9D', expected: null },
		{ pathname: '/pledges', search: '', expected: null },
		{ pathname: '/pledges', search: '?flag&&q=', expected: null },
		{ pathname: '/pledges.csv', search: '?q=%00', expected: 'the parameter “q”' },
		{ pathname: '/pledges', search: '?q=abc%00def', expected: 'the parameter “q”' },
		{ pathname: '/pledges', search: '?q=%FF', expected: 'the parameter “q”' },
		{ pathname: '/pledges', search: '?q=%C3', expected: 'the parameter “q”' },
		{ pathname: '/pledges', search: '?q=100%', expected: 'the parameter “q”' },
		{ pathname: '/pledges', search: '?%00=1', expected: 'a parameter name' },
		{ pathname: '/%00', search: '', expected: 'the path' },
		{ pathname: '/institutions/%ED%A0%80', search: '', expected: 'the path' }
	])('$pathname$search → $expected', ({ pathname, search, expected }) => {
		expect(findMalformedUrlPart(pathname, search)).toBe(expected);
	});
});
