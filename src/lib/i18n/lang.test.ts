import { describe, expect, it } from 'vitest';
import { langFromAcceptLanguage, pickLanguage } from './lang';

describe('language choice', () => {
	it.each([
		{ input: 'en-US,en;q=0.9', expected: 'en' },
		{ input: 'id-ID,id;q=0.9,en;q=0.8', expected: 'id' },
		{ input: 'fr;q=1, en;q=0.3, id;q=0.5', expected: 'id' },
		{ input: 'de', expected: null },
		{ input: '', expected: null }
	])('reads $input as $expected', ({ input, expected }) => {
		expect(langFromAcceptLanguage(input)).toBe(expected);
	});

	it('prefers the URL, then the cookie, then the browser, then Indonesian', () => {
		expect(pickLanguage({ param: 'en', cookie: 'id', acceptLanguage: 'id' })).toBe('en');
		expect(pickLanguage({ param: 'xx', cookie: 'en', acceptLanguage: 'id' })).toBe('en');
		expect(pickLanguage({ acceptLanguage: 'en-GB' })).toBe('en');
		expect(pickLanguage({})).toBe('id');
	});
});
