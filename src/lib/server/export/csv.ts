// CSV encoding (RFC 4180: comma, double-quote escaping, CRLF line ends) through csv-stringify, one
// chunk of rows at a time so a stream never holds more than one chunk of text.
import { stringify } from 'csv-stringify/sync';
import type { CellValue } from './columns';
import { toCsvCell } from './neutralize';

const OPTIONS = { record_delimiter: '\r\n', eof: true } as const;

export function csvHeader(names: readonly string[], bom: boolean): string {
	// The byte-order mark only helps Excel pick UTF-8; it is opt-in because it trips up many parsers.
	return (bom ? '\uFEFF' : '') + stringify([names as string[]], OPTIONS);
}

export function csvRows(records: readonly (readonly CellValue[])[]): string {
	if (records.length === 0) return '';
	return stringify(
		records.map((r) => r.map(toCsvCell)),
		OPTIONS
	);
}
