// Cells of CSV exports written by PostgreSQL's COPY, in the shapes the paged exporter writes them
// (../../export/neutralize.ts): the formula guard for free text, true/false for booleans.
import { sql, type Expression } from 'kysely';

/**
 * Free text with the formula-injection guard: a leading = + - @ tab or CR (or full-width ＝ ＋ － ＠)
 * gets an apostrophe in front. ascii() reads only the first code point: far cheaper per cell, over a
 * million rows, than a regular expression.
 */
export function csvSafeText(value: Expression<unknown>) {
	return sql<string | null>`case when ascii(${value}) in (61, 43, 45, 64, 9, 13, 65309, 65291, 65293, 65312) then '''' || ${value} else ${value} end`;
}

/** COPY writes a boolean as t/f; the exports write true/false. */
export function csvBoolean(value: Expression<unknown>) {
	return sql<string | null>`${value}::text`;
}
