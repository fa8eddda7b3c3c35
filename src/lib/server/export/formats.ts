// The three export formats and their media types. CSV and NDJSON stream every matching row; JSON
// is a page (limit + keyset cursor + total), so one response never holds an unbounded result.
export const EXPORT_FORMATS = ['csv', 'json', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
	return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export const MEDIA_TYPES: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8; header=present',
	json: 'application/json; charset=utf-8',
	ndjson: 'application/x-ndjson; charset=utf-8'
};

/** Rows fetched per database round trip while streaming: large enough to amortize the query, small enough to keep memory flat. */
export const STREAM_CHUNK_ROWS = 2000;
export const JSON_DEFAULT_LIMIT = 100;
export const JSON_MAX_LIMIT = 1000;
