// Turns a keyset-paged query into a byte stream. The stream is pull-based: the next chunk of rows
// is fetched only when the consumer (the HTTP socket) has taken the previous one, so memory holds
// at most one chunk whatever the size of the export, and a client that disconnects stops the query.
import { columnNames, toRecord, type Dataset, type ExportContext } from './columns';
import { csvHeader, csvRows } from './csv';
import { STREAM_CHUNK_ROWS } from './formats';
import type { FetchAfter } from './keyset';

export interface StreamOptions {
	format: 'csv' | 'ndjson';
	bom?: boolean;
	chunkRows?: number;
	/** Observes every chunk enqueued (tests measure the largest one). */
	onChunk?(bytes: number, rows: number): void;
}

export function exportStream<R extends { id: number }>(
	dataset: Dataset<R>,
	fetch: FetchAfter<R>,
	ctx: ExportContext,
	options: StreamOptions
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const chunkRows = options.chunkRows ?? STREAM_CHUNK_ROWS;
	let after: number | null = null;
	let started = false;
	let done = false;

	const encode = (rows: R[]): string => {
		if (options.format === 'csv') return csvRows(rows.map((row) => dataset.columns.map((c) => c.value(row, ctx))));
		let text = '';
		for (const row of rows) text += JSON.stringify(toRecord(dataset, row, ctx)) + '\n';
		return text;
	};

	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				let text = '';
				if (!started && options.format === 'csv') text = csvHeader(columnNames(dataset), options.bom ?? false);
				started = true;
				const rows = done ? [] : await fetch(after, chunkRows);
				if (rows.length < chunkRows) done = true;
				if (rows.length) after = rows[rows.length - 1].id;
				text += encode(rows);
				if (text) {
					const bytes = encoder.encode(text);
					options.onChunk?.(bytes.byteLength, rows.length);
					controller.enqueue(bytes);
				}
				if (done) controller.close();
			},
			cancel() {
				done = true;
			}
		},
		// One chunk buffered ahead at most.
		{ highWaterMark: 1 }
	);
}
