// Maps a loosely shaped record (JSON object, CSV row) to a raw item, accepting the field names
// article exports commonly use. `map` renames fields: { text: 'isi' } reads the body from `isi`.
import type { RawItem } from '../types';

export type FieldMap = Partial<Record<'text' | 'title' | 'url' | 'published' | 'outlet' | 'lang', string>>;

const FIELDS: Record<keyof FieldMap, string[]> = {
	text: ['text', 'body', 'content', 'article', 'isi'],
	title: ['title', 'headline', 'judul'],
	url: ['url', 'link', 'href'],
	published: ['published', 'published_on', 'publishedAt', 'published_at', 'date', 'tanggal', 'pubDate'],
	outlet: ['outlet', 'source', 'site', 'media'],
	lang: ['lang', 'language', 'bahasa']
};

function pick(record: Record<string, unknown>, names: string[]): string | null {
	for (const name of names) {
		const value = record[name];
		if (typeof value === 'string') return value;
		if (typeof value === 'number') return String(value);
	}
	return null;
}

function typeName(value: unknown): string {
	return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Why a record cannot be read, when its body field has a value that is not text. Other fields of
 * another type are ignored as before (exports often carry `source: { id, name }`).
 */
function wrongType(record: Record<string, unknown>, map: FieldMap): string | undefined {
	for (const name of map.text ? [map.text] : FIELDS.text) {
		const value = record[name];
		if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number') continue;
		return `field \`${name}\` is ${typeName(value)}; expected the article text as a string`;
	}
	return undefined;
}

export function itemFromRecord(origin: string, record: Record<string, unknown>, map: FieldMap = {}): RawItem {
	const field = (key: keyof FieldMap) => pick(record, map[key] ? [map[key]!] : FIELDS[key]);
	const text = field('text');
	return {
		...(text === null ? { invalid: wrongType(record, map) } : {}),
		origin,
		text: text ?? '',
		title: field('title'),
		url: field('url'),
		published: field('published'),
		outlet: field('outlet'),
		lang: field('lang')
	};
}

/** Parses `--map text=isi,title=judul` into a field map; throws with a fix on a bad entry. */
export function parseFieldMap(spec: string | undefined): FieldMap {
	const map: FieldMap = {};
	if (!spec) return map;
	for (const pair of spec.split(',')) {
		const [field, column] = pair.split('=').map((s) => s.trim());
		if (!(field in FIELDS) || !column) {
			throw new Error(`--map: "${pair}" is not FIELD=COLUMN with FIELD one of ${Object.keys(FIELDS).join(', ')}`);
		}
		map[field as keyof FieldMap] = column;
	}
	return map;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
