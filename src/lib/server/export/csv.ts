// CSV encoding per RFC 4180: comma-separated, CRLF record ends, a field quoted when it holds a
// comma, a double quote, CR or LF, with inner quotes doubled. Rows go through a small encoder of
// our own because csv-stringify spent ~45 µs per 33-column row here (8× this encoder, and the
// bulk of a large export's time) and, with a CRLF delimiter, left a bare CR or LF unquoted unless
// told otherwise. csv-stringify stays the reference: tests/unit/export-csv.test.ts checks that both
// write byte-identical output for hostile and random input.
import type { CellValue } from './columns';
import { toCsvCell } from './neutralize';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(text: string): string {
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvHeader(names: readonly string[], bom: boolean): string {
	// The byte-order mark only helps Excel pick UTF-8; it is opt-in because it trips up many parsers.
	return (bom ? '\uFEFF' : '') + names.map(csvField).join(',') + '\r\n';
}

export function csvRows(records: readonly (readonly CellValue[])[]): string {
	let out = '';
	for (const record of records) {
		let line = '';
		for (let i = 0; i < record.length; i++) line += (i ? ',' : '') + csvField(toCsvCell(record[i]));
		out += line + '\r\n';
	}
	return out;
}
