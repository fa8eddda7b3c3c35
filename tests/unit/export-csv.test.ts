// The CSV encoder against csv-stringify as the reference (same bytes for hostile and random text),
// csv-parse reading it back, formula neutralization, and the download filename.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRows } from '../../src/lib/server/export/csv';
import { exportFilename } from '../../src/lib/server/export/filename';
import { neutralizeCell, toCsvCell } from '../../src/lib/server/export/neutralize';
import type { CellValue } from '../../src/lib/server/export/columns';

const HOSTILE: CellValue[] = [
	'=1+1',
	'+62 812',
	'-2+3',
	'@SUM(A1)',
	'\tindent',
	'\rreturn',
	'＝HYPERLINK("x")',
	'plain',
	'comma, inside',
	'quote "inside"',
	'line\nbreak',
	'crlf\r\nbreak',
	'"',
	'',
	'ünïcödé — Rp1,4 triliun',
	null,
	true,
	false,
	0,
	-5,
	1.25,
	1_400_000_000_000
];

function randomText(seed: number): string {
	const alphabet = ['a', 'Z', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', 'é', '🙂', ';', "'"];
	let s = '';
	let x = seed;
	for (let i = 0; i < (seed % 12) + 1; i++) {
		x = (x * 1103515245 + 12345) % 2 ** 31;
		s += alphabet[x % alphabet.length];
	}
	return s;
}

describe('CSV encoding', () => {
	it('writes the same bytes as csv-stringify (RFC 4180, CRLF) for hostile and random cells', () => {
		const rows: CellValue[][] = [HOSTILE, ...Array.from({ length: 300 }, (_, i) => [randomText(i), randomText(i * 7 + 1), i, randomText(i * 13 + 5)])];
		// With a CRLF record delimiter csv-stringify leaves a bare CR or LF unquoted, which readers
		// take for a record end; quoted_match asks it to quote those too, as RFC 4180 intends.
		const reference = stringify(
			rows.map((r) => r.map(toCsvCell)),
			{ record_delimiter: '\r\n', quoted_match: /[\r\n]/ }
		);
		expect(csvRows(rows)).toBe(reference);
	});

	it('reads back with csv-parse to the neutralized text', () => {
		const text = csvHeader(HOSTILE.map((_, i) => `c${i}`), false) + csvRows([HOSTILE]);
		const [header, row] = parse(text) as string[][];
		expect(header).toHaveLength(HOSTILE.length);
		expect(row).toEqual(HOSTILE.map(toCsvCell));
		expect(row[0]).toBe("'=1+1");
		expect(row[6]).toBe('\'＝HYPERLINK("x")');
		expect(row[11]).toBe('crlf\r\nbreak');
		expect(row[15]).toBe('');
		expect(row[19]).toBe('-5'); // a number is data, not a formula
	});

	it.each([
		['=cmd', "'=cmd"],
		['+1', "'+1"],
		['-1', "'-1"],
		['@x', "'@x"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['x=1', 'x=1'],
		[" 'already", " 'already"]
	])('neutralizes %j as %j', (input, expected) => {
		expect(neutralizeCell(input)).toBe(expected);
	});

	it('adds a UTF-8 byte-order mark only when asked', () => {
		expect(csvHeader(['a'], true).charCodeAt(0)).toBe(0xfeff);
		expect(csvHeader(['a'], false)).toBe('a\r\n');
	});
});

describe('download filename', () => {
	it('names the dataset, the filters and the day in safe ASCII', () => {
		const params = new URLSearchParams('q=Dana Desa "2025"&province=62&category=budget');
		expect(exportFilename('pledges', params, '2026-11-28', 'csv')).toBe('pledgewatch-pledges-q-dana-desa-2025-province-62-category-budget-2026-11-28.csv');
		expect(exportFilename('legislatures', new URLSearchParams(), '2026-11-28', 'ndjson')).toBe('pledgewatch-legislatures-2026-11-28.ndjson');
	});

	it('cannot be steered into a path or a header break', () => {
		const name = exportFilename('pledges', new URLSearchParams({ q: '../../etc/passwd\r\nSet-Cookie: x' }), '2026-11-28', 'json');
		expect(name).toMatch(/^[a-z0-9.-]+$/);
		expect(name.length).toBeLessThan(160);
	});
});
