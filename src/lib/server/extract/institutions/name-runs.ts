// Where a free-form name ends ("Dinas Pemberdayaan Masyarakat dan Desa", "Badan Meteorologi,
// Klimatologi, dan Geofisika"): runs of capitalized words, read the way news writes them.
import { isCapitalized, type Token } from '../tokens';

/** Level words that start a region, never a name: a run stops before them. */
export const LEVEL_WORD: ReadonlySet<string> = new Set(['provinsi', 'kabupaten', 'kota', 'prov', 'kab']);

/** The text between token `i - 1` and token `i`; a single space at either end of the tokens. */
export function gap(text: string, tokens: readonly Token[], i: number): string {
	return i > 0 && i < tokens.length ? text.slice(tokens[i - 1].end, tokens[i].start) : ' ';
}

/**
 * True when a comma at token `k` continues a name written as a list, "Meteorologi, Klimatologi,
 * dan Geofisika": capitalized words and commas up to a "dan"/"and" before a capitalized word.
 * Otherwise a comma after an office is, in news, followed by the speaker's name and ends it.
 */
function commaListAhead(text: string, tokens: readonly Token[], k: number): boolean {
	for (let m = k; m < tokens.length && m < k + 8; m++) {
		const t = tokens[m];
		if (t.lower === 'dan' || t.lower === 'and') return m + 1 < tokens.length && isCapitalized(tokens[m + 1].text);
		if (!isCapitalized(t.text)) return false;
		if (m + 1 < tokens.length && !/^(\s|,\s)$/.test(gap(text, tokens, m + 1))) return false;
	}
	return false;
}

/** Capitalized words (allowing "dan" and list commas between them) from `i`, at most `max`; returns the end index. */
export function capitalizedRun(
	text: string,
	tokens: readonly Token[],
	i: number,
	max: number,
	stop: (t: Token, index: number) => boolean
): number {
	let j = i;
	while (j < tokens.length && j - i < max) {
		const t = tokens[j];
		const g = j > i ? gap(text, tokens, j) : ' ';
		if (j > i && g !== ' ' && !(g === ', ' && commaListAhead(text, tokens, j))) break;
		if (stop(t, j)) break;
		if (isCapitalized(t.text)) j++;
		else if ((t.lower === 'dan' || t.lower === 'and') && j + 1 < tokens.length && isCapitalized(tokens[j + 1].text) && j > i) j++;
		else break;
	}
	while (j > i && (tokens[j - 1].lower === 'dan' || tokens[j - 1].lower === 'and')) j--;
	return j;
}
