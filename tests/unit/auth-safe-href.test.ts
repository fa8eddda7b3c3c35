import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/lib/format/segments';
import { httpUrl } from '../../src/lib/server/editorial/fields';

describe('links from stored data', () => {
	it.each([
		['https://news.example/a?b=1', 'https://news.example/a?b=1'],
		['http://news.example/', 'http://news.example/'],
		['javascript:alert(1)', null],
		[' JaVaScRiPt:alert(1)', null],
		['java\nscript:alert(1)', null],
		['data:text/html,<script>alert(1)</script>', null],
		['vbscript:msgbox', null],
		['/relative/path', null],
		['', null],
		[null, null]
	])('%s → %s', (input, expected) => {
		expect(safeHttpUrl(input)).toBe(expected);
	});

	it('editor forms accept only http(s) source URLs', () => {
		expect(httpUrl.safeParse('https://gov.example/apbd').success).toBe(true);
		expect(httpUrl.safeParse('javascript:alert(1)').success).toBe(false);
		expect(httpUrl.safeParse('data:text/html,x').success).toBe(false);
		expect(httpUrl.safeParse('ftp://files.example/x').success).toBe(false);
	});
});
