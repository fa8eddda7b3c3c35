// Turns a raw item into a clean article: Unicode NFC, tidy whitespace, boilerplate lines gone,
// language, outlet and publication date filled in, and its content identity computed.
import { isBoilerplateLine } from './boilerplate';
import { canonicalizeUrl, outletDomain } from './canonical-url';
import { datelineDate, parsePublished } from './dates';
import { contentHash, simhash } from './fingerprint';
import { detectLanguage } from './language';
import { ItemRejected, type NormalizedArticle, type RawItem } from './types';

/** Long enough for any news article; longer bodies are books, dumps or mistakes. */
export const MAX_BODY_CHARS = 200_000;
const MIN_BODY_CHARS = 40;

// Control characters other than tab, newline and carriage return never occur in text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function cleanBody(text: string): string {
	const lines = text
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
		.replace(/\ufeff/g, '')
		.split('\n')
		.map((line) => line.replace(/[ \t]+/g, ' ').trim());
	const kept = lines.filter((line) => !isBoilerplateLine(line));
	// Paragraphs stay one per line: the extractor and the UI both rely on line breaks.
	return kept.join('\n').replace(/\n{2,}/g, '\n').trim();
}

function checkReadable(origin: string, text: string): void {
	const controls = text.match(CONTROL)?.length ?? 0;
	if (controls > Math.max(3, text.length / 1000)) {
		throw new ItemRejected('looks like binary data, not text');
	}
	const replacements = text.match(/\ufffd/g)?.length ?? 0;
	if (replacements > Math.max(3, text.length / 500)) {
		throw new ItemRejected('text is not valid UTF-8 (it has undecodable bytes); save it as UTF-8 and try again');
	}
	void origin;
}

/** The outlet's display name: the domain without its public suffix ("kaltengpos.co.id" → "Kaltengpos"). */
function outletNameFromDomain(domain: string): string {
	const first = domain.replace(/\.(co|or|go|ac|web|my|sch)\.id$|\.(com|id|net|org|news|co)$/i, '').split('.').pop() ?? domain;
	return first.charAt(0).toUpperCase() + first.slice(1);
}

const FIELDS = ['text', 'title', 'url', 'published', 'outlet', 'lang'] as const;

/**
 * Every text field must be storable: PostgreSQL refuses NUL in text (and the whole write with it),
 * and an unpaired UTF-16 surrogate (possible from a JSON `\ud800` escape) is not text at all.
 */
function checkStorable(item: RawItem): void {
	for (const field of FIELDS) {
		const value = item[field];
		if (typeof value !== 'string') continue;
		const nul = value.indexOf('\u0000');
		if (nul !== -1) {
			throw new ItemRejected(`\`${field}\` contains a NUL character (\\u0000) at position ${nul + 1}; PostgreSQL cannot store NUL in text — remove it and send the article again`);
		}
		if (!value.isWellFormed()) throw new ItemRejected(`\`${field}\` is not valid Unicode text (it has an unpaired surrogate, e.g. from a \\ud800 escape)`);
	}
}

export function normalizeItem(item: RawItem): NormalizedArticle {
	if (item.invalid) throw new ItemRejected(item.invalid);
	if (typeof item.text !== 'string' || item.text.trim() === '') {
		throw new ItemRejected('no body text; expected a `text` (or `body`) field with the article');
	}
	if (item.text.length > MAX_BODY_CHARS) {
		throw new ItemRejected(`body is ${item.text.length.toLocaleString('en')} characters; the limit is ${MAX_BODY_CHARS.toLocaleString('en')}`);
	}
	checkReadable(item.origin, item.text);
	checkStorable(item);
	const body = cleanBody(item.text.replace(CONTROL, ''));
	if (body.length < MIN_BODY_CHARS) throw new ItemRejected(`body is too short (${body.length} characters of text)`);
	const title = item.title ? cleanBody(item.title).replace(/\n/g, ' ').slice(0, 500) || null : null;
	const canonicalUrl = canonicalizeUrl(item.url);
	const domain = outletDomain(item.url) ?? (item.outlet && /\./.test(item.outlet) ? item.outlet.toLowerCase().trim() : null);
	const outletName = item.outlet && !/^[\w-]+(\.[\w-]+)+$/.test(item.outlet.trim()) ? item.outlet.trim() : domain ? outletNameFromDomain(domain) : null;
	return {
		origin: item.origin,
		url: item.url?.trim() || null,
		canonicalUrl,
		outletDomain: domain,
		outletName,
		title,
		body,
		language: detectLanguage(body, item.lang),
		publishedOn: parsePublished(item.published) ?? datelineDate(body),
		contentHash: contentHash(body),
		fingerprint: simhash(body)
	};
}
