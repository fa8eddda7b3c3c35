// COPY writes LF record ends; the converter turns them into RFC 4180's CRLF outside quoted fields
// only, whatever way the bytes are cut into chunks. csv-stringify writing the same records with each
// delimiter is the reference.
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { lfToCrlf } from '../../src/lib/server/export/line-ends';

const RECORDS = [
	['1', 'plain', ''],
	['2', 'comma, inside', 'quote "inside"'],
	['3', 'line\nbreak inside', '"'],
	['4', '""', 'a\n\n"b"\nc'],
	['5', 'ünïcödé — Rp1,4 triliun', 'end']
];

const lf = stringify(RECORDS, { record_delimiter: 'unix', quoted_match: /\n/ });
const crlf = stringify(RECORDS, { record_delimiter: 'windows', quoted_match: /\n/ });

function convert(chunks: Uint8Array[]): string {
	const toCrlf = lfToCrlf();
	return Buffer.concat(chunks.map((c) => toCrlf(c))).toString('utf8');
}

describe('lfToCrlf', () => {
	it('ends records with CRLF and leaves line breaks inside quotes alone', () => {
		expect(lf).toContain('"line\nbreak inside"');
		expect(convert([Buffer.from(lf)])).toBe(crlf);
	});

	it('gives the same bytes however the input is split in two', () => {
		const bytes = Buffer.from(lf);
		for (let cut = 0; cut <= bytes.length; cut++) {
			expect(convert([bytes.subarray(0, cut), bytes.subarray(cut)]), `cut at ${cut}`).toBe(crlf);
		}
	});

	it('gives the same bytes when fed one byte at a time', () => {
		const bytes = Buffer.from(lf);
		expect(convert([...bytes].map((b) => Uint8Array.of(b)))).toBe(crlf);
	});

	it.each([
		['no line end at all', 'a,b', 'a,b'],
		['only line ends', '\n\n', '\r\n\r\n'],
		['a quoted field holding only a line break', '"\n"\n', '"\n"\r\n'],
		['an escaped quote right before the record end', '"a""",b\n', '"a""",b\r\n']
	])('%s', (_, input, expected) => {
		expect(convert([Buffer.from(input)])).toBe(expected);
	});
});
