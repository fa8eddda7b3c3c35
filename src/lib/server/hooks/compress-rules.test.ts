import { describe, expect, it } from 'vitest';
import { acceptsGzip, compressible, weakenEtag } from './compress-rules';

describe('compress rules', () => {
	it.each([
		['text/html; charset=utf-8', true],
		['text/csv; charset=utf-8', true],
		['application/json', true],
		['application/x-ndjson', true],
		['application/atom+xml; charset=utf-8', true],
		['image/svg+xml', true],
		['application/vnd.oai.openapi+json', true],
		['image/png', false],
		['application/zip', false],
		['font/woff2', false],
		[null, false]
	])('content type %s → %s', (type, expected) => {
		expect(compressible(type)).toBe(expected);
	});

	it.each([
		['gzip, deflate, br', true],
		['br;q=1.0, gzip;q=0.8', true],
		['gzip;q=0', false],
		['identity', false],
		['*', true],
		['*;q=0', false],
		['*, gzip;q=0', false],
		['x-gzip', true],
		['', false],
		[null, false]
	])('Accept-Encoding %s → %s', (header, expected) => {
		expect(acceptsGzip(header)).toBe(expected);
	});

	it('makes a strong validator weak and leaves a weak one', () => {
		expect(weakenEtag('"abc"')).toBe('W/"abc"');
		expect(weakenEtag('W/"abc"')).toBe('W/"abc"');
	});
});
