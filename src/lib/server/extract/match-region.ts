// Reads a region name at a token position ("Provinsi Kalteng", "Kota Palangka Raya", "Kotim")
// through the gazetteer, and names it the way canonical institution names do.
import type { Region, RegionLevel } from '../../domain/region';
import type { Gazetteer } from '../resolve/gazetteer';
import { isCapitalized, type Token } from './tokens';

export interface RegionMatch {
	region: Region;
	/** Region name for institution names: "Kalimantan Tengah", "Kotawaringin Timur", "Palangka Raya". */
	display: string;
	/** Token index just after the region (and after a trailing "(Kalteng)" gloss). */
	end: number;
}

const LEVEL_WORDS: Record<string, RegionLevel> = {
	provinsi: 'province',
	propinsi: 'province',
	prov: 'province',
	kabupaten: 'regency',
	kab: 'regency',
	kota: 'city'
};

export const LEVEL_TITLE: Record<RegionLevel, string> = { province: 'Provinsi', regency: 'Kabupaten', city: 'Kota' };

// Official names that news never uses in full; institution names keep the common form.
const DISPLAY_OVERRIDES: Record<string, string> = {
	'Daerah Khusus Ibukota Jakarta': 'DKI Jakarta',
	'Daerah Istimewa Yogyakarta': 'Daerah Istimewa Yogyakarta'
};

// Capitalized words that are never the start of a region name (they open institutions or roles).
const NOT_REGION = new Set(['kepala', 'ketua', 'wakil', 'dinas', 'badan', 'kantor', 'komisi', 'fraksi', 'rp', 'dan', 'pemerintah', 'dprd', 'dpr', 'kamis', 'jumat', 'senin', 'selasa', 'rabu', 'sabtu', 'minggu']);

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function titleCase(s: string): string {
	if (s !== s.toUpperCase()) return s;
	return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** Name of a region inside an institution name, preferring the writer's spelling when it is the same name. */
export function regionDisplay(region: Region, written: string | null): string {
	const override = DISPLAY_OVERRIDES[region.name];
	if (override) return override;
	const bare = region.name.replace(/^(Kabupaten|Kota Administrasi|Kota) /, '');
	// Of two spellings of a compound, the split one reads as news writes it: "Palangka Raya" (official
	// "Palangkaraya") is kept as written, a joined "Tulangbawang" takes the official "Tulang Bawang".
	const words = (x: string) => x.split(/\s+/).length;
	if (written && squash(written) === squash(bare) && words(written) >= words(bare)) return titleCase(written);
	return bare;
}

/** Skips a parenthetical gloss that starts right at token `i` ("(DPRD)", "(Kalteng)"); returns the next index. */
export function skipParenthetical(text: string, tokens: readonly Token[], i: number, prevEnd: number): number {
	if (i >= tokens.length) return i;
	const gap = text.slice(prevEnd, tokens[i].start);
	if (!gap.includes('(') || gap.length > 3) return i;
	for (let j = i; j < tokens.length && j < i + 8; j++) {
		const after = text.slice(tokens[j].end, j + 1 < tokens.length ? tokens[j + 1].start : text.length);
		if (after.includes(')')) return j + 1;
		if (after.includes('\n')) return i;
	}
	return i;
}

function onlySpace(text: string, a: Token, b: Token): boolean {
	const gap = text.slice(a.end, b.start);
	return gap === ' ' || gap === '\u00a0';
}

/**
 * Reads an optional level word and a region name starting at token `i`; tries the longest run of
 * capitalized words first (up to four) so "Nias Barat" wins over "Nias".
 */
export function matchRegion(
	text: string,
	tokens: readonly Token[],
	i: number,
	gazetteer: Gazetteer,
	wanted?: RegionLevel
): RegionMatch | null {
	let j = i;
	let level = wanted;
	const lw = tokens[j] && LEVEL_WORDS[tokens[j].lower];
	if (lw && j + 1 < tokens.length && isCapitalized(tokens[j].text)) {
		level = lw;
		j = skipParenthetical(text, tokens, j + 1, tokens[j].end);
	} else if (lw && tokens[j].lower === 'kota' && j + 1 < tokens.length) {
		level = 'city';
		j++;
	}
	if (j >= tokens.length || !isCapitalized(tokens[j].text) || NOT_REGION.has(tokens[j].lower)) return null;
	if (j > i && !/^[\s()]*$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return null;
	let maxN = 1;
	while (maxN < 4 && j + maxN < tokens.length && isCapitalized(tokens[j + maxN].text) && onlySpace(text, tokens[j + maxN - 1], tokens[j + maxN])) maxN++;
	for (let n = maxN; n >= 1; n--) {
		const written = text.slice(tokens[j].start, tokens[j + n - 1].end);
		const explicit = j > i ? `${tokens[i].text} ${written}` : written;
		let region = gazetteer.findRegion(written, level);
		if (region && level && region.level !== level) {
			const again = gazetteer.findRegion(explicit, level);
			if (again && again.level === level) region = again;
		}
		if (!region) continue;
		const end = skipParenthetical(text, tokens, j + n, tokens[j + n - 1].end);
		return { region, display: regionDisplay(region, written), end };
	}
	return null;
}
