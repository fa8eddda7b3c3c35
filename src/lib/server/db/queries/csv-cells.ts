// Cells of CSV exports written by PostgreSQL's COPY, in the shapes the paged exporter writes them
// (../../export/neutralize.ts): the formula guard for free text, true/false for booleans.
import { sql, type AliasedRawBuilder, type Expression, type RawBuilder } from 'kysely';

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

/** A column of the row select, as a cell written as the server formats it. */
export const ref = (name: string) => sql.ref(name);

/** The session setting the COPY transaction puts the site origin in (bound as a parameter there). */
export const EXPORT_ORIGIN_SETTING = 'pledgewatch.export_origin';

/** `<origin><path><id>`: a permalink, with the origin read from the COPY transaction's setting. */
export function csvPermalink(path: '/pledges/' | '/articles/', id: Expression<unknown>) {
	return sql<string>`current_setting(${sql.lit(EXPORT_ORIGIN_SETTING)}) || ${sql.lit(path)} || ${id}`;
}

export type CsvCells = Record<string, () => RawBuilder<unknown> | Expression<unknown>>;

/** The cells named by `columns` (a dataset's column order), each aliased to its column name. */
export function cellsInOrder(dataset: string, cells: CsvCells, columns: readonly string[]): AliasedRawBuilder<unknown, string>[] {
	return columns.map((name) => {
		const cell = cells[name];
		if (!cell) throw new Error(`${dataset} CSV: no SQL cell for the column "${name}"`);
		return sql`${cell()}`.as(name);
	});
}
