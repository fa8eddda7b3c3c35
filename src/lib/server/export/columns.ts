// A dataset's column spec: the one list of columns that CSV headers, JSON keys, NDJSON keys, the
// Frictionless table schema, the OpenAPI schema and the /data dictionary are all generated from.
// The order of `columns` is the documented, stable column order; append, never reorder.

import type { Bilingual, FieldType } from '$lib/domain/public-statement';

export type { Bilingual, FieldType };
export type CellValue = string | number | boolean | null;

export interface ExportContext {
	/** Scheme + host the permalinks point to, e.g. 'https://pledgewatch.example'. */
	origin: string;
}

export interface Column<R> {
	name: string;
	type: FieldType;
	description: Bilingual;
	/** Closed vocabulary of the column, when it has one (documented and put in the table schema). */
	values?: readonly string[];
	value(row: R, ctx: ExportContext): CellValue;
}

export interface Dataset<R> {
	/** File and resource name: 'pledges', 'institutions', 'articles'. */
	name: string;
	title: Bilingual;
	description: Bilingual;
	columns: readonly Column<R>[];
	/** What a row is keyed by, for the table schema. */
	primaryKey: string;
}

/** One row as a plain object keyed by column name, in column order (JSON, NDJSON, API). */
export function toRecord<R>(dataset: Dataset<R>, row: R, ctx: ExportContext): Record<string, CellValue> {
	const out: Record<string, CellValue> = {};
	for (const column of dataset.columns) out[column.name] = column.value(row, ctx);
	return out;
}

export function columnNames<R>(dataset: Dataset<R>): string[] {
	return dataset.columns.map((c) => c.name);
}
