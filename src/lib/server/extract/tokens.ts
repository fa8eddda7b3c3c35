// Word tokens with offsets, plus the crude normalizations every step shares.

export interface Token {
	/** The word as written. */
	text: string;
	/** Lower-case form. */
	lower: string;
	start: number;
	end: number;
}

// Letters/digits with inner hyphens or apostrophes ("program-program", "House's"). Linear: no
// nested quantifier can backtrack because each repetition must start with a separator char.
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Splits `text` (or `text.slice(from, to)`) into word tokens with absolute offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const out: Token[] = [];
	const slice = from === 0 && to === text.length ? text : text.slice(from, to);
	WORD.lastIndex = 0;
	for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
		out.push({ text: m[0], lower: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
	}
	return out;
}

/** True when the word starts with an upper-case letter (names, institutions, sentence starts). */
export function isCapitalized(word: string): boolean {
	const c = word.charAt(0);
	return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The text between two tokens, e.g. to see whether a comma or parenthesis separates them. */
export function gapBetween(text: string, a: Token, b: Token): string {
	return text.slice(a.end, b.start);
}

const PREFIXES = ['memper', 'meng', 'meny', 'mem', 'men', 'me', 'peng', 'peny', 'pem', 'pen', 'per', 'pe', 'ber', 'ter', 'di', 'ke'];
const SUFFIXES = ['nya', 'kan', 'an', 'i'];

/**
 * A rough Indonesian stem, good enough to see that "pengawasan" and "mengawasi" restate each
 * other; not a linguistic stemmer (it over-strips short words, so those are kept whole).
 */
export function roughStem(word: string): string {
	let w = word.toLowerCase();
	const dash = w.indexOf('-');
	if (dash > 0 && w.slice(0, dash) === w.slice(dash + 1)) w = w.slice(0, dash);
	if (w.length <= 5) return w;
	for (const s of SUFFIXES) {
		if (w.endsWith(s) && w.length - s.length >= 5) {
			w = w.slice(0, -s.length);
			break;
		}
	}
	for (const p of PREFIXES) {
		if (w.startsWith(p) && w.length - p.length >= 4) {
			w = w.slice(p.length);
			break;
		}
	}
	return w;
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			cur.push(v);
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		prev = cur;
	}
	return prev[b.length];
}
