// Formula-injection guard for spreadsheet users: a text cell that starts with = + - @, a tab or a
// carriage return can be run as a formula by Excel, LibreOffice or Google Sheets when the CSV is
// opened (Apple Numbers also reads the full-width ＝ ＋ － ＠ that way). Such cells get a leading
// apostrophe (OWASP's advice), which spreadsheets show as text.
import type { CellValue } from './columns';

const DANGEROUS_FIRST = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutralizeCell(value: string): string {
	return DANGEROUS_FIRST.test(value) ? `'${value}` : value;
}

/** How one value is written into a CSV cell: null is empty, booleans are true/false, text is neutralized. */
export function toCsvCell(value: CellValue): string {
	if (value === null) return '';
	if (typeof value === 'string') return neutralizeCell(value);
	// Numbers come from typed columns (ids, amounts, counts), never from free text, so they are safe as is.
	return String(value);
}
