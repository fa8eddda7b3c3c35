// Everyday names in a search box → the official names stored in the database: "Kalteng" finds
// "Kalimantan Tengah", "Central Java" finds "Jawa Tengah", "Pemprov" finds "Pemerintah Provinsi".
// Pure: the region list and the short forms come in, a list of search terms comes out.
import type { Region } from '$lib/domain/region';
import { englishRegionNames } from './english-region-names';

/** One thing the searcher typed; a name matches the term when it contains any of its phrases. */
export interface SearchTerm {
	/** The words as typed ("Kalteng", "Central Java"), for full-text search. */
	text: string;
	/** Folded forms (see foldName): the typed one first, then the official and other known names. */
	phrases: string[];
	/** Regions the term names: an institution of one of these regions matches it too. */
	regionCodes: string[];
}

export interface ExpandedSearch {
	/** Every term must match. Empty when the text has no letters or digits. */
	terms: SearchTerm[];
	/** True when some term was recognised as a known name (so it has more than its typed form). */
	expanded: boolean;
}

interface Entry {
	phrases: Set<string>;
	regionCodes: Set<string>;
}

export interface SearchVocabulary {
	/** Folded key ("kalteng", "central java", "kabupaten kotim") → what it stands for. */
	readonly byKey: ReadonlyMap<string, Entry>;
	/** The same keys with spaces removed ("palangkaraya" for "palangka raya"). */
	readonly bySquashedKey: ReadonlyMap<string, Entry>;
	/** The most words in a key, so the scan knows how far to look ahead. */
	readonly maxWords: number;
}

/**
 * Lower case, accents dropped, every run of other characters one space: "Palangka-Raya" and
 * "palangka raya" fold alike, as do "Sulawési" and "Sulawesi". The SQL side folds names the same
 * way (db/queries/name-search.ts).
 */
export function foldName(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Spaces removed as well: how writers who join or split compound names still meet ("Palangkaraya"). */
export function squashName(text: string): string {
	return foldName(text).replace(/ /g, '');
}

const REGION_PREFIX = /^(Kabupaten|Kota Administrasi|Kota|Provinsi) /i;

/** The words a searcher may put before a region name, by level, and the word the official names use. */
const LEVEL_PREFIXES: Record<Region['level'], { typed: string[]; official: string }> = {
	province: { typed: ['provinsi', 'prov', 'propinsi'], official: 'provinsi' },
	regency: { typed: ['kabupaten', 'kab'], official: 'kabupaten' },
	city: { typed: ['kota'], official: 'kota' }
};

/**
 * Institution short forms that official names spell out; an institution's name holds the long form.
 * (The extractor's own list of these lives in extract/institutions/government.ts and is not exported.)
 */
export const GOVERNMENT_SHORT_FORMS: Record<string, string[]> = {
	pemprov: ['pemerintah provinsi'],
	pemkab: ['pemerintah kabupaten'],
	pemkot: ['pemerintah kota'],
	pemda: ['pemerintah'],
	polda: ['kepolisian daerah'],
	polres: ['kepolisian resor'],
	kanwil: ['kantor wilayah']
};

/** English words for what Indonesian official names say in Indonesian. */
export const ENGLISH_INSTITUTION_WORDS: Record<string, string[]> = {
	province: ['provinsi'],
	provincial: ['provinsi'],
	regency: ['kabupaten'],
	city: ['kota'],
	government: ['pemerintah'],
	'provincial government': ['pemerintah provinsi'],
	'regency government': ['pemerintah kabupaten'],
	'city government': ['pemerintah kota'],
	legislature: ['dprd', 'dpr'],
	council: ['dprd'],
	'legislative council': ['dprd'],
	police: ['kepolisian', 'polri'],
	'health office': ['dinas kesehatan'],
	'education office': ['dinas pendidikan']
};

function entryFor(map: Map<string, Entry>, key: string): Entry {
	let entry = map.get(key);
	if (!entry) {
		entry = { phrases: new Set(), regionCodes: new Set() };
		map.set(key, entry);
	}
	return entry;
}

function regionForms(region: Region): string[] {
	const bare = region.name.replace(REGION_PREFIX, '');
	const forms = [bare, ...region.aliases.map((a) => a.replace(REGION_PREFIX, '')), ...englishRegionNames(bare)];
	return [...new Set(forms.map(foldName).filter(Boolean))];
}

/**
 * The vocabulary of a search box: every region by its official, bare, short and English names
 * (with or without "Kabupaten", "Kota", "Provinsi" before them), and institution short forms
 * (`shortForms`: "dinkes" → ["dinas kesehatan"]).
 */
export function buildSearchVocabulary(regions: readonly Region[], shortForms: Readonly<Record<string, readonly string[]>>): SearchVocabulary {
	const byKey = new Map<string, Entry>();
	for (const region of regions) {
		const forms = regionForms(region);
		const prefixes = LEVEL_PREFIXES[region.level];
		for (const form of forms) {
			const plain = entryFor(byKey, form);
			for (const f of forms) plain.phrases.add(f);
			plain.regionCodes.add(region.code);
			// "Kabupaten Kotim": the level word narrows the term to names that carry it as well.
			for (const prefix of prefixes.typed) {
				const prefixed = entryFor(byKey, `${prefix} ${form}`);
				for (const f of forms) prefixed.phrases.add(`${prefixes.official} ${f}`);
				prefixed.regionCodes.add(region.code);
			}
		}
		const official = foldName(region.name);
		const whole = entryFor(byKey, official);
		for (const f of forms) whole.phrases.add(region.level === 'province' ? f : `${prefixes.official} ${f}`);
		whole.regionCodes.add(region.code);
	}
	for (const [short, longs] of Object.entries(shortForms)) {
		const key = foldName(short);
		if (!key) continue;
		const entry = entryFor(byKey, key);
		for (const long of longs) {
			const folded = foldName(long);
			if (folded) entry.phrases.add(folded);
		}
	}
	const bySquashedKey = new Map<string, Entry>();
	for (const [key, entry] of byKey) {
		const squashed = key.replace(/ /g, '');
		if (squashed === key || byKey.has(squashed)) continue;
		const into = entryFor(bySquashedKey, squashed);
		for (const p of entry.phrases) into.phrases.add(p);
		for (const c of entry.regionCodes) into.regionCodes.add(c);
	}
	const maxWords = Math.max(1, ...[...byKey.keys()].map((k) => k.split(' ').length));
	return { byKey, bySquashedKey, maxWords };
}

/** Longest known name starting at word `i`: its length in words and its entry. */
function longestKnown(words: readonly string[], i: number, vocab: SearchVocabulary): { n: number; entry: Entry } | null {
	for (let n = Math.min(vocab.maxWords, words.length - i); n >= 1; n--) {
		const key = words.slice(i, i + n).join(' ');
		const entry = vocab.byKey.get(key) ?? vocab.bySquashedKey.get(key.replace(/ /g, ''));
		if (entry) return { n, entry };
	}
	return null;
}

/**
 * Splits what was typed into terms, reading known names longest first: "DPRD Kalteng" is the term
 * "dprd" and the term "Kalteng" (= "kalimantan tengah", "central kalimantan", region 62).
 */
export function expandSearch(text: string, vocab: SearchVocabulary): ExpandedSearch {
	const typedWords = text.normalize('NFC').split(/\s+/).filter((w) => foldName(w));
	const words = typedWords.map(foldName);
	const terms: SearchTerm[] = [];
	let expanded = false;
	for (let i = 0; i < words.length; ) {
		const known = longestKnown(words, i, vocab);
		const n = known?.n ?? 1;
		const typed = words.slice(i, i + n).join(' ');
		const phrases = [typed, ...[...(known?.entry.phrases ?? [])].filter((p) => p !== typed)];
		if (phrases.length > 1 || known?.entry.regionCodes.size) expanded = true;
		terms.push({ text: typedWords.slice(i, i + n).join(' '), phrases, regionCodes: [...(known?.entry.regionCodes ?? [])].sort() });
		i += n;
	}
	return { terms, expanded };
}
