// Citation formats of a Citable: a sentence in Indonesian or English, BibTeX and CSL-JSON. Pure:
// the access date is passed in, never read from a clock.
import { formatDate } from '$lib/format/date';
import type { Citable, CiteLang } from './citable';

export const PUBLISHER = 'Pledgewatch';

/** 'Pledgewatch. "Title." Diakses 28 November 2026, dari https://…' — APA-like, one line. */
export function citationText(c: Citable, lang: CiteLang, accessed: string): string {
	const date = c.issued ? ` (${formatDate(c.issued, lang)})` : '';
	return lang === 'id'
		? `${PUBLISHER}. “${c.title.id}”${date}. Diakses ${formatDate(accessed, 'id')}, dari ${c.url}`
		: `${PUBLISHER}. “${c.title.en}”${date}. Accessed ${formatDate(accessed, 'en')}, at ${c.url}`;
}

/** Escapes the characters BibTeX (and LaTeX) treat as commands. */
export function escapeBibtex(text: string): string {
	return text.replace(/[\\{}%&$#_^~]/g, (ch) => {
		if (ch === '\\') return '\\textbackslash{}';
		if (ch === '^') return '\\textasciicircum{}';
		if (ch === '~') return '\\textasciitilde{}';
		return `\\${ch}`;
	});
}

export function citationBibtex(c: Citable, accessed: string, lang: CiteLang = 'en'): string {
	const fields: [string, string][] = [
		['author', `{${PUBLISHER}}`],
		['title', escapeBibtex(c.title[lang])],
		['publisher', PUBLISHER],
		['year', (c.issued ?? accessed).slice(0, 4)],
		['url', c.url],
		['urldate', accessed],
		['note', lang === 'id' ? `Diakses ${accessed}` : `Accessed ${accessed}`]
	];
	if (c.issued) fields.splice(4, 0, ['date', c.issued]);
	// The key keeps only characters every BibTeX tool accepts.
	const key = c.key.replace(/[^A-Za-z0-9_-]/g, '-');
	return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

function dateParts(iso: string): { 'date-parts': number[][] } {
	return { 'date-parts': [iso.split('-').map(Number)] };
}

export interface CslItem {
	id: string;
	type: string;
	title: string;
	author: { literal: string }[];
	publisher: string;
	URL: string;
	accessed: { 'date-parts': number[][] };
	issued?: { 'date-parts': number[][] };
	language: string;
}

export function citationCsl(c: Citable, accessed: string, lang: CiteLang = 'en'): CslItem {
	const item: CslItem = {
		id: c.key,
		type: c.type,
		title: c.title[lang],
		author: [{ literal: PUBLISHER }],
		publisher: PUBLISHER,
		URL: c.url,
		accessed: dateParts(accessed),
		language: lang
	};
	if (c.issued) item.issued = dateParts(c.issued);
	return item;
}

export interface CitationBundle {
	permalink: string;
	accessed: string;
	text: Record<CiteLang, string>;
	bibtex: string;
	csl: CslItem[];
}

/** Everything a "cite this" box shows, in one object. */
export function citeAll(c: Citable, accessed: string, lang: CiteLang): CitationBundle {
	return {
		permalink: c.url,
		accessed,
		text: { id: citationText(c, 'id', accessed), en: citationText(c, 'en', accessed) },
		bibtex: citationBibtex(c, accessed, lang),
		csl: [citationCsl(c, accessed, lang)]
	};
}
