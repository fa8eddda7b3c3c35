// Reads a stream line by line as bytes, so one undecodable or oversized line is reported by its
// number while the rest of a large file streams through in bounded memory.
import type { Readable } from 'node:stream';

export interface RawLine {
	number: number;
	bytes: Buffer;
	/** Set when the line was longer than the limit; `bytes` is then empty. */
	tooLong: boolean;
}

export async function* readLines(stream: Readable, maxLineBytes: number): AsyncGenerator<RawLine> {
	let pending: Buffer[] = [];
	let pendingBytes = 0;
	let overflow = false;
	let number = 0;
	const finish = (): RawLine => {
		number++;
		const line: RawLine = { number, bytes: overflow ? Buffer.alloc(0) : Buffer.concat(pending), tooLong: overflow };
		pending = [];
		pendingBytes = 0;
		overflow = false;
		return line;
	};
	for await (const chunk of stream as AsyncIterable<Buffer>) {
		let start = 0;
		for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, start)) {
			if (!overflow) pending.push(chunk.subarray(start, i));
			yield finish();
			start = i + 1;
		}
		if (start < chunk.length && !overflow) {
			pending.push(chunk.subarray(start));
			pendingBytes += chunk.length - start;
			if (pendingBytes > maxLineBytes) {
				overflow = true;
				pending = [];
			}
		}
	}
	if (pendingBytes > 0 || overflow) yield finish();
}
