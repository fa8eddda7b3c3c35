// The paged export path (PGlite, NDJSON, the institution lists, and CSV whenever PostgreSQL's COPY
// path in ./copied-csv.ts is unavailable): turns a keyset-paged query into a byte stream. The
// stream is pull-based: a chunk of rows is encoded only when the consumer (the HTTP socket) has
// taken the previous one, while the next chunk is fetched meanwhile (so the database works while
// we encode). Memory holds a bounded number of chunks whatever the size of the export, and a
// client that disconnects stops the work.
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

interface Planned<R> {
	rows: Promise<R[]>;
	/** True for the chunk that reaches the end of the result. */
	last: Promise<boolean>;
}

const END = Symbol('end');

/** Chunks one after another: the next fetch starts when the previous one has arrived. */
function sequentialPlanner<R extends { id: number }>(fetch: FetchAfter<R>, chunkRows: number): () => Planned<R> {
	let after: Promise<number | null | typeof END> = Promise.resolve(null);
	return () => {
		const from = after;
		const rows = from.then((a) => (a === END ? [] : fetch(a, chunkRows)));
		after = rows.then((r) => (r.length < chunkRows ? END : r[r.length - 1].id));
		// A failed fetch is reported through `rows` when its chunk is awaited; the cursor promise
		// after it must not reject unobserved (Node ends the process on an unhandled rejection).
		after.catch(() => undefined);
		return { rows, last: rows.then((r) => r.length < chunkRows) };
	};
}

export function exportStream<R extends { id: number }>(
	dataset: Dataset<R>,
	source: { fetchAfter: FetchAfter<R> },
	ctx: ExportContext,
	options: StreamOptions
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const chunkRows = options.chunkRows ?? STREAM_CHUNK_ROWS;
	// One chunk fetched ahead: fetching several at once (by id ranges, on separate connections) was
	// tried and measured no faster on 2 cores, where the database and this process share the CPU.
	const depth = 1;
	const plan = sequentialPlanner(source.fetchAfter, chunkRows);
	const queue: Planned<R>[] = [];
	let started = false;
	let done = false;

	const launch = () => {
		const next = plan();
		// Failures are reported when the chunk is awaited; these keep an abandoned one quiet.
		next.rows.catch(() => undefined);
		next.last.catch(() => undefined);
		queue.push(next);
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
				// Keep `depth` chunks in flight ahead of the one encoded now.
				while (queue.length < depth + 1) launch();
				const current = queue.shift()!;
				const [rows, last] = await Promise.all([current.rows, current.last]);
				if (last) done = true;
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
				queue.length = 0;
			}
		},
		// One encoded chunk buffered ahead at most.
		{ highWaterMark: 1 }
	);
}
