// Words of place names (regions from the gazetteer, and the dateline's town): two reports about
// the same province share them without being about the same thing, so they count little as
// object words. Built once per gazetteer.
import type { Gazetteer } from '../resolve/gazetteer';

const cache = new WeakMap<Gazetteer, ReadonlySet<string>>();
const LEVEL_WORDS = /^(provinsi|kabupaten|kota|administrasi|kepulauan)$/;

function wordsOf(name: string): string[] {
	return name
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter((w) => w.length >= 3 && !LEVEL_WORDS.test(w));
}

export function placeWordsOf(gazetteer: Gazetteer): ReadonlySet<string> {
	let words = cache.get(gazetteer);
	if (!words) {
		const set = new Set<string>();
		for (const region of gazetteer.regions) for (const name of [region.name, ...region.aliases]) for (const w of wordsOf(name)) set.add(w);
		words = set;
		cache.set(gazetteer, words);
	}
	return words;
}

/** The town a dateline names ("PALANGKA RAYA –", "MATARAM (Outlet) –"), as lower-case words. */
export function datelineWords(body: string): string[] {
	const m = /^\s*([A-Z][A-Z .'-]{1,40}?)\s*(?:,|\(|[–—-]\s)/.exec(body);
	return m ? wordsOf(m[1]) : [];
}

/** Where the dateline ends ("MATARAM, Lombok Pos Daring – "): town and outlet say where the news comes from. */
export function datelineEnd(body: string): number {
	const m = /^\s*[A-Z][A-Z .'-]{1,40}?\s*(?:,[^–—\n]{0,60}|\([^)\n]{0,60}\))?\s*[–—-]\s/.exec(body);
	return m ? m[0].length : 0;
}
