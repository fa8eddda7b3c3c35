// JSON (one article or an array), JSON Lines and CSV: many articles per file, each reported by
// its position ("news.jsonl:12", "export.csv:row 7") when it cannot be read.
import { parse as parseCsvSync } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import type { SourceEvent } from '../types';
import { DecodeError, decodeUtf8, looksBinary } from './decode';
import { readLines } from './lines';
import { isRecord, itemFromRecord, type FieldMap } from './record';

/** A JSON line holds one article; with metadata it stays well under this. */
export const MAX_LINE_BYTES = 1_000_000;

export function* itemsFromJson(label: string, text: string, map: FieldMap): Generator<SourceEvent> {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		yield { error: { item: label, reason: `invalid JSON: ${(error as Error).message}` } };
		return;
	}
	const list = Array.isArray(value) ? value : [value];
	for (let i = 0; i < list.length; i++) {
		const origin = Array.isArray(value) ? `${label}[${i}]` : label;
		const entry = list[i];
		if (!isRecord(entry)) yield { error: { item: origin, reason: 'expected an object with a `text` field' } };
		else yield { item: itemFromRecord(origin, entry, map) };
	}
}

export async function* itemsFromJsonLines(label: string, stream: Readable, map: FieldMap): AsyncGenerator<SourceEvent> {
	for await (const line of readLines(stream, MAX_LINE_BYTES)) {
		const origin = `${label}:${line.number}`;
		if (line.tooLong) {
			yield { error: { item: origin, reason: `line is longer than ${MAX_LINE_BYTES.toLocaleString('en')} bytes` } };
			continue;
		}
		if (looksBinary(line.bytes)) {
			yield { error: { item: origin, reason: 'binary data, not a line of JSON text' } };
			continue;
		}
		let text: string;
		try {
			text = decodeUtf8(line.bytes).trim();
		} catch (error) {
			yield { error: { item: origin, reason: (error as DecodeError).message } };
			continue;
		}
		if (text === '') continue;
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (error) {
			yield { error: { item: origin, reason: `invalid JSON: ${(error as Error).message}` } };
			continue;
		}
		if (!isRecord(value)) yield { error: { item: origin, reason: 'expected a JSON object with a `text` field' } };
		else yield { item: itemFromRecord(origin, value, map) };
	}
}

interface CsvRecord {
	/** Line where the record starts (the header is line 1). */
	line: number;
	fields: string[] | null;
	/** Why the record could not be read, when `fields` is null. */
	reason?: string;
}

function countQuotes(text: string): number {
	let n = 0;
	for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
	return n;
}

function parseOneRecord(text: string): string[][] {
	return parseCsvSync(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
}

/**
 * CSV records, each parsed on its own so one broken record (a stray or unclosed quote, bytes that
 * are not UTF-8) is reported by its line and the records before and after it are still read.
 * Lines are joined into one record while a quoted field is open (an odd number of quotes so far).
 * A record that will not parse gives up only its first line: the lines after it are read again
 * as records of their own, so an unclosed quote costs one row, not the rest of the file.
 */
async function* csvRecords(stream: Readable): AsyncGenerator<CsvRecord> {
	const queue: { number: number; text: string | null; reason?: string }[] = [];
	const lines = readLines(stream, MAX_LINE_BYTES)[Symbol.asyncIterator]();
	let ended = false;
	let first = true;
	const next = async () => {
		if (queue.length) return queue.shift()!;
		if (ended) return null;
		const result = await lines.next();
		if (result.done) {
			ended = true;
			return null;
		}
		const raw = result.value;
		if (raw.tooLong) return { number: raw.number, text: null, reason: `line is longer than ${MAX_LINE_BYTES.toLocaleString('en')} bytes` };
		try {
			let text = decodeUtf8(raw.bytes);
			if (first) text = text.replace(/^\ufeff/, '');
			first = false;
			return { number: raw.number, text };
		} catch (error) {
			return { number: raw.number, text: null, reason: (error as DecodeError).message };
		}
	};
	for (let line = await next(); line !== null; line = await next()) {
		if (line.text === null) {
			yield { line: line.number, fields: null, reason: line.reason };
			continue;
		}
		if (line.text.trim() === '') continue;
		const taken = [line];
		let quotes = countQuotes(line.text);
		let size = line.text.length;
		let broken: string | null = null;
		while (quotes % 2 === 1) {
			const more = await next();
			if (more === null) {
				broken = 'a quoted field is never closed (a `"` is missing)';
				break;
			}
			taken.push(more);
			if (more.text === null) {
				broken = `line ${more.number}: ${more.reason}`;
				break;
			}
			quotes += countQuotes(more.text);
			size += more.text.length + 1;
			if (size > MAX_LINE_BYTES) {
				broken = `a quoted field runs on for more than ${MAX_LINE_BYTES.toLocaleString('en')} bytes (a \`"\` is probably missing)`;
				break;
			}
		}
		let records: string[][] = [];
		if (broken === null) {
			try {
				records = parseOneRecord(taken.map((l) => l.text).join('\n').replace(/\r$/, ''));
			} catch (error) {
				broken = (error as Error).message.replace(/ at line \d+/, '');
			}
		}
		if (broken !== null) {
			// The first line alone often says more precisely what is wrong ("Invalid Closing Quote").
			if (taken.length > 1) {
				try {
					parseOneRecord(line.text);
				} catch (error) {
					if (!/Quote Not Closed/i.test((error as Error).message)) broken = (error as Error).message.replace(/ at line \d+/, '');
				}
			}
			yield { line: line.number, fields: null, reason: `broken CSV record: ${broken}` };
			// Read the lines this record took as records again: they are most likely rows of their own.
			queue.unshift(...taken.slice(1));
			continue;
		}
		for (const fields of records) yield { line: line.number, fields };
	}
}

export async function* itemsFromCsv(label: string, stream: Readable, map: FieldMap): AsyncGenerator<SourceEvent> {
	let header: string[] | null = null;
	const textColumn = map.text;
	for await (const { line, fields, reason } of csvRecords(stream)) {
		const origin = `${label}:${line}`;
		if (!header) {
			if (!fields) {
				yield { error: { item: label, reason: `the header line could not be read: ${reason}` } };
				return;
			}
			header = fields.map((h) => h.trim());
			const wanted = textColumn ?? ['text', 'body', 'content', 'article', 'isi'].find((c) => header!.includes(c));
			if (!wanted || !header.includes(wanted)) {
				yield {
					error: {
						item: label,
						reason: `no ${textColumn ? `"${textColumn}"` : '`text`'} column (columns: ${header.join(', ')}); name the body column with --map text=COLUMN`
					}
				};
				return;
			}
			continue;
		}
		if (!fields) {
			yield { error: { item: origin, reason: reason ?? 'could not be read' } };
			continue;
		}
		if (fields.length !== header.length) {
			yield { error: { item: origin, reason: `row has ${fields.length} columns; the header has ${header.length}` } };
			continue;
		}
		const row: Record<string, string> = {};
		header.forEach((name, i) => (row[name] = fields[i]));
		yield { item: itemFromRecord(origin, row, map) };
	}
}

export function streamFromText(text: string): Readable {
	return Readable.from([Buffer.from(text, 'utf8')]);
}
