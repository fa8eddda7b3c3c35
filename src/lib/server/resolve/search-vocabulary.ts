// The search box's vocabulary for this process: the gazetteer's regions and the institution short
// forms the extractor already knows (read from its lexicon, which is data only), so a name the
// extractor resolves in news is a name a reader can type.
import type { Region } from '$lib/domain/region';
import { AGENCY_ACRONYMS, DINAS_ACRONYMS, FIXED_INSTITUTIONS, MINISTRY_ACRONYMS } from '../extract/institution-lexicon';
import { buildSearchVocabulary, ENGLISH_INSTITUTION_WORDS, expandSearch, foldName, GOVERNMENT_SHORT_FORMS, type ExpandedSearch, type SearchVocabulary } from './expand-search';
import { loadedGazetteer, loadGazetteer, type Gazetteer } from './gazetteer';
import { PROVINCE_ALIASES, REGENCY_ALIASES } from './region-aliases';

/** Every short form → its long forms, from the extractor's lexicon and our own small tables. */
export function institutionShortForms(): Record<string, string[]> {
	const forms: Record<string, string[]> = {};
	const add = (short: string, long: string) => {
		const list = (forms[short] ??= []);
		if (!list.includes(long)) list.push(long);
	};
	for (const table of [GOVERNMENT_SHORT_FORMS, ENGLISH_INSTITUTION_WORDS]) {
		for (const [short, longs] of Object.entries(table)) for (const long of longs) add(short, long);
	}
	for (const [short, long] of Object.entries(AGENCY_ACRONYMS)) add(short, long);
	for (const [short, name] of Object.entries(MINISTRY_ACRONYMS)) add(short, `Kementerian ${name}`);
	for (const [short, name] of Object.entries(DINAS_ACRONYMS)) add(`dinas ${short}`, `Dinas ${name}`);
	for (const f of FIXED_INSTITUTIONS) {
		// English phrases ("house", "president") are too common a word to stand for one institution in a search box.
		if (f.lang === 'en' || foldName(f.name).includes(foldName(f.phrase))) continue;
		add(f.phrase, f.name);
	}
	return forms;
}

/** Before the gazetteer is loaded: the regions named in region-aliases.ts, without their codes. */
function regionsFromAliasTables(): Region[] {
	const provinces = Object.entries(PROVINCE_ALIASES).map(([name, aliases]): Region => ({ code: '', name, level: 'province', provinceCode: null, aliases }));
	const regencies = Object.entries(REGENCY_ALIASES).map(
		([name, aliases]): Region => ({ code: '', name, level: name.startsWith('Kota ') ? 'city' : 'regency', provinceCode: null, aliases })
	);
	return [...provinces, ...regencies];
}

const vocabularies = new WeakMap<Gazetteer, SearchVocabulary>();
let fallback: SearchVocabulary | undefined;

function withoutEmptyCodes(search: ExpandedSearch): ExpandedSearch {
	return { ...search, terms: search.terms.map((t) => ({ ...t, regionCodes: t.regionCodes.filter(Boolean) })) };
}

/** The vocabulary built from the loaded gazetteer (once), or from the alias tables until it is loaded. */
export function currentSearchVocabulary(): SearchVocabulary {
	const gazetteer = loadedGazetteer();
	if (!gazetteer) {
		// Preparing the database loads it in every server and test; a bare tool gets it for next time.
		loadGazetteer().catch(() => undefined);
		fallback ??= buildSearchVocabulary(regionsFromAliasTables(), institutionShortForms());
		return fallback;
	}
	let vocab = vocabularies.get(gazetteer);
	if (!vocab) {
		vocab = buildSearchVocabulary(gazetteer.regions, institutionShortForms());
		vocabularies.set(gazetteer, vocab);
	}
	return vocab;
}

/** What a search box's text stands for, with this process's vocabulary. */
export function expandSearchText(text: string): ExpandedSearch {
	return withoutEmptyCodes(expandSearch(text, currentSearchVocabulary()));
}
