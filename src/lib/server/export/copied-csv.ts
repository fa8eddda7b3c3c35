// A CSV response from the database's own COPY (../db/copy-csv.ts): our header (and optional BOM)
// first, then the server's bytes with CRLF record ends. Pull-based like the paged stream: the next
// chunk is read from the database only when the client has taken the previous one.
import type { CsvCopy } from '../db/copy-csv';
import { columnNames, type Dataset } from './columns';
import { csvHeader } from './csv';
import { lfToCrlf } from './line-ends';

export function copiedCsvStream<R>(dataset: Dataset<R>, copy: CsvCopy, bom: boolean): ReadableStream<Uint8Array> {
	const toCrlf = lfToCrlf();
	let header: Uint8Array | null = new TextEncoder().encode(csvHeader(columnNames(dataset), bom));
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				if (header) {
					controller.enqueue(header);
					header = null;
					return;
				}
				const chunk = await copy.read();
				if (chunk === null) controller.close();
				else controller.enqueue(toCrlf(chunk));
			},
			cancel() {
				copy.cancel();
			}
		},
		{ highWaterMark: 1 }
	);
}
