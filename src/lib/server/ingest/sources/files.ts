// Files and folders on disk, and stdin: each format read in its own way, each failure named by
// file (and line or row) and reason. Large line-based files stream in bounded memory.
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { SourceEvent } from '../types';
import { DecodeError, decodeUtf8, looksBinary } from './decode';
import { looksLikeFeed } from './feed';
import { readableFromHtml } from './readable-html';
import type { FieldMap } from './record';
import { itemsFromCsv, itemsFromJson, itemsFromJsonLines, streamFromText } from './structured';
import { itemFromText } from './text-file';
import { itemsFromFeedText, type WebOptions } from './web';

/** Files read whole (one article, a JSON array, a feed) stop here; line formats stream any size. */
export const MAX_WHOLE_FILE_BYTES = 10_000_000;

export type Format = 'text' | 'json' | 'jsonl' | 'csv' | 'feed' | 'html';

const EXTENSIONS: Record<string, Format> = {
	'.txt': 'text', '.md': 'text', '.markdown': 'text', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
	'.csv': 'csv', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.html': 'html', '.htm': 'html'
};

export interface FileOptions extends WebOptions {
	map?: FieldMap;
}

export function formatOf(file: string): Format | null {
	return EXTENSIONS[path.extname(file).toLowerCase()] ?? null;
}

async function readHead(file: string): Promise<Buffer> {
	const handle = await open(file, 'r');
	try {
		const buffer = Buffer.alloc(8192);
		const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
		return buffer.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

/**
 * A line file with some binary lines is still a line file: each bad line is reported by number
 * and the others are read. It counts as text when its first line (a CSV header) or any whole
 * line near the start (JSON Lines) is text.
 */
function startsWithTextLine(head: Buffer, format: 'jsonl' | 'csv'): boolean {
	const lines: Buffer[] = [];
	for (let start = 0, end = head.indexOf(10); end !== -1; start = end + 1, end = head.indexOf(10, start)) lines.push(head.subarray(start, end));
	if (lines.length === 0) return false;
	if (format === 'csv') return !looksBinary(lines[0]);
	return lines.some((line) => line.length > 0 && line[0] === 0x7b && !looksBinary(line));
}

async function* itemsFromWholeText(label: string, format: Format, text: string, options: FileOptions): AsyncGenerator<SourceEvent> {
	if (format === 'json') yield* itemsFromJson(label, text, options.map ?? {});
	else if (format === 'feed') yield* itemsFromFeedText(label, text, options);
	else if (format === 'html') {
		const page = readableFromHtml(text);
		yield { item: { origin: label, text: page.text, title: page.title, published: page.published, lang: page.lang } };
	} else if (format === 'jsonl') yield* itemsFromJsonLines(label, streamFromText(text), options.map ?? {});
	else if (format === 'csv') yield* itemsFromCsv(label, streamFromText(text), options.map ?? {});
	else yield { item: itemFromText(label, text) };
}

export async function* itemsFromFile(file: string, options: FileOptions = {}, label = file): AsyncGenerator<SourceEvent> {
	let info;
	try {
		info = await stat(file);
	} catch {
		yield { error: { item: label, reason: 'no such file or folder' } };
		return;
	}
	if (info.isDirectory()) {
		yield* itemsFromFolder(file, options);
		return;
	}
	let head: Buffer;
	try {
		head = await readHead(file);
	} catch (error) {
		// A socket, a device, a file without read permission: this input only.
		yield { error: { item: label, reason: `could not be read: ${(error as Error).message}` } };
		return;
	}
	let format = formatOf(file);
	if (looksBinary(head) && !((format === 'jsonl' || format === 'csv') && startsWithTextLine(head, format))) {
		yield { error: { item: label, reason: 'binary file, not text (expected .txt, .md, .json, .jsonl, .csv, .xml or .html)' } };
		return;
	}
	if (format === null) {
		const start = head.toString('utf8').trimStart();
		format = looksLikeFeed(start) ? 'feed' : start.startsWith('{') ? 'jsonl' : start.startsWith('[') ? 'json' : 'text';
	}
	if (format === 'jsonl' || format === 'csv') {
		const stream = createReadStream(file);
		yield* format === 'jsonl' ? itemsFromJsonLines(label, stream, options.map ?? {}) : itemsFromCsv(label, stream, options.map ?? {});
		return;
	}
	if (info.size > MAX_WHOLE_FILE_BYTES) {
		const mb = (info.size / 1e6).toFixed(1);
		yield { error: { item: label, reason: `file is ${mb} MB; a ${format} file is read whole and the limit is ${MAX_WHOLE_FILE_BYTES / 1e6} MB (split it, or use JSON Lines)` } };
		return;
	}
	const { readFile } = await import('node:fs/promises');
	let text: string;
	try {
		text = decodeUtf8(await readFile(file));
	} catch (error) {
		yield { error: { item: label, reason: (error as DecodeError).message } };
		return;
	}
	yield* itemsFromWholeText(label, format, text, options);
}

async function* itemsFromFolder(folder: string, options: FileOptions): AsyncGenerator<SourceEvent> {
	const entries = await readdir(folder, { withFileTypes: true, recursive: true });
	const files = entries
		.filter((e) => e.isFile() && !e.name.startsWith('.') && formatOf(e.name) !== null)
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
	for (const file of files) yield* itemsFromFile(file, options);
}

/** stdin: JSON Lines when it starts with `{`, a JSON array with `[`, a feed with `<`, else one text article. */
export async function* itemsFromStream(label: string, stream: Readable, options: FileOptions = {}): AsyncGenerator<SourceEvent> {
	const chunks: Buffer[] = [];
	let size = 0;
	const iterator = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
	// Peek at the first chunk to pick the format; JSON Lines then stream on without buffering.
	const first = await iterator.next();
	if (first.done) {
		yield { error: { item: label, reason: 'empty input' } };
		return;
	}
	const start = Buffer.from(first.value).toString('utf8').trimStart();
	if (start.startsWith('{')) {
		const { Readable: NodeReadable } = await import('node:stream');
		const rest = NodeReadable.from((async function* () {
			yield first.value;
			for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
		})());
		yield* itemsFromJsonLines(label, rest, options.map ?? {});
		return;
	}
	chunks.push(Buffer.from(first.value));
	size += first.value.length;
	for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
		size += next.value.length;
		if (size > MAX_WHOLE_FILE_BYTES) {
			yield { error: { item: label, reason: `input is larger than ${MAX_WHOLE_FILE_BYTES / 1e6} MB; use JSON Lines for large inputs` } };
			return;
		}
		chunks.push(Buffer.from(next.value));
	}
	const bytes = Buffer.concat(chunks);
	if (looksBinary(bytes)) {
		yield { error: { item: label, reason: 'binary data, not text' } };
		return;
	}
	let text: string;
	try {
		text = decodeUtf8(bytes);
	} catch (error) {
		yield { error: { item: label, reason: (error as DecodeError).message } };
		return;
	}
	const format: Format = looksLikeFeed(text) ? 'feed' : text.trimStart().startsWith('[') ? 'json' : 'text';
	yield* itemsFromWholeText(label, format, text, options);
}
