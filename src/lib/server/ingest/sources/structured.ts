// JSON (one article or an array), JSON Lines and CSV: many articles per file, each reported by
// its position ("news.jsonl:12", "export.csv:row 7") when it cannot be read.
import { parse as parseCsv } from 'csv-parse';
import { Readable } from 'node:stream';
import type { SourceEvent } from '../types';
import { DecodeError, decodeUtf8 } from './decode';
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

export async function* itemsFromCsv(label: string, stream: Readable, map: FieldMap): AsyncGenerator<SourceEvent> {
	const parser = stream.pipe(
		parseCsv({ bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_LINE_BYTES, info: true })
	);
	let header: string[] | null = null;
	const textColumn = map.text;
	try {
		for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
			if (!header) {
				header = record.map((h) => h.trim());
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
			const origin = `${label}:${info.lines}`;
			if (record.length !== header.length) {
				yield { error: { item: origin, reason: `row has ${record.length} columns; the header has ${header.length}` } };
				continue;
			}
			const row: Record<string, string> = {};
			header.forEach((name, i) => (row[name] = record[i]));
			yield { item: itemFromRecord(origin, row, map) };
		}
	} catch (error) {
		yield { error: { item: label, reason: `CSV could not be read further: ${(error as Error).message}` } };
	}
}

export function streamFromText(text: string): Readable {
	return Readable.from([Buffer.from(text, 'utf8')]);
}
