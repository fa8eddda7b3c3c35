// Turns a keyset-paged query into a byte stream. The stream is pull-based: a chunk of rows is
// encoded only when the consumer (the HTTP socket) has taken the previous one, and at most one
// further chunk is being fetched meanwhile (so the database works while we encode), so memory holds
// about two chunks whatever the size of the export, and a client that disconnects stops the query.
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
	let started = false;
	let done = false;
	let pending: Promise<R[]> | null = null;
	// Fetches the chunk after `after` while the caller encodes the current one.
	const prefetch = (after: number | null) => {
		pending = fetch(after, chunkRows);
		// Reported when awaited; this only keeps an abandoned prefetch from being an unhandled rejection.
		pending.catch(() => undefined);
	};

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
				if (!pending) prefetch(null);
				const rows = done ? [] : await pending!;
				if (rows.length < chunkRows) done = true;
				else prefetch(rows[rows.length - 1].id);
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
