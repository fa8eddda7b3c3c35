// Sentence splitting for news bodies: survives titles and degrees ("Drs.", "S.H.", "M.Si."),
// currency and number abbreviations ("Rp.", "No."), initials, quotes and numbered dates.

export interface Sentence {
	text: string;
	start: number;
	end: number;
	/** Index of the paragraph (a run of text between newlines) the sentence belongs to. */
	paragraph: number;
	/** Index of the sentence in the article. */
	index: number;
}

/** Words that end with a dot without ending a sentence (compared lower-case, without the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
	'drs', 'dra', 'dr', 'ir', 'h', 'hj', 'prof', 'rp', 'no', 'nomor', 'jl', 'jln', 'kab', 'kec', 'kel', // not dll/dsb/etc: they end sentences
	'ds', 'st', 'sdr', 'sdri', 'bpk', 'ny', 'nn', 'tn', 'mr', 'mrs', 'ms', 'jr', 'sr',
	'tsb', 'yth', 'hlm', 'vol', 'vs', 'inc', 'ltd', 'co', 'corp', 'gen', 'lt', 'col',
	'capt', 'sgt', 'brig', 'maj', 'rev', 'pt', 'cv', 'tbk', 'sh', 'se', 'mh', 'mm', 'msi', 'si',
	'spd', 'sip', 'sos', 'ag', 'kom', 'pd', 'ap', 'ak', 'amd', 'phd', 'pol', 'jend', 'kompol', 'ret',
	'jan', 'feb', 'apr', 'jun', 'jul', 'agu', 'ags', 'agt', 'sep', 'sept', 'okt', 'oct', 'nov', 'des',
	'dec', 'prov', 'kota', 'kep', 'sk', 'ust', 'kh', 'k.h', 'e.g', 'i.e', 'a.n', 'u.p'
]);

const TERMINATORS = '.!?…';
const CLOSERS = '”"’\')]»';
const OPENERS = '“‘"\'([«';
/** Sentences longer than this are cut at a space, so no later step ever sees an unbounded run. */
export const MAX_SENTENCE = 1500;

function isUpperStart(ch: string): boolean {
	return ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9');
}

function isLetter(ch: string): boolean {
	return ch.toLowerCase() !== ch.toUpperCase();
}

/** Decides whether the dot at `i` closes an abbreviation, an initial or a dotted degree. */
function dotEndsAbbreviation(text: string, i: number, lineStart: number): boolean {
	let s = i;
	while (s > lineStart && isLetter(text[s - 1])) s--;
	const word = text.slice(s, i);
	if (word.length === 0) return false;
	if (word.length === 1 && word === word.toUpperCase()) return true; // an initial: "Bima S. Santoso"
	const lower = word.toLowerCase();
	if (ABBREVIATIONS.has(lower)) return true;
	// Inner piece of a dotted abbreviation: "M.Si", "S.Sos", "a.n".
	if (s > lineStart && text[s - 1] === '.' && word.length <= 3) return true;
	return false;
}

/** Splits the body into sentences with exact offsets; newlines always end a sentence. */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	const paragraph = 0; // renumbered at the end, from the newlines between sentences
	let lineStart = 0;
	const push = (from: number, to: number) => {
		let a = from;
		let b = to;
		while (a < b && /\s/.test(text[a])) a++;
		while (b > a && /\s/.test(text[b - 1])) b--;
		if (b <= a) return;
		// Cut over-long runs at a space so later steps stay bounded.
		while (b - a > MAX_SENTENCE) {
			let cut = a + MAX_SENTENCE;
			const space = text.lastIndexOf(' ', cut);
			if (space > a + MAX_SENTENCE / 2) cut = space;
			out.push({ text: text.slice(a, cut), start: a, end: cut, paragraph, index: out.length });
			a = cut;
			while (a < b && /\s/.test(text[a])) a++;
		}
		if (b > a) out.push({ text: text.slice(a, b), start: a, end: b, paragraph, index: out.length });
	};
	let sentenceStart = 0;
	const n = text.length;
	const candidates = /[.!?…\n\r]/g;
	for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
		const i = found.index;
		const ch = text[i];
		if (ch === '\n' || ch === '\r') {
			push(sentenceStart, i);
			sentenceStart = i + 1;
			lineStart = i + 1;
			continue;
		}
		if (!TERMINATORS.includes(ch)) continue;
		if (ch === '.' && dotEndsAbbreviation(text, i, lineStart)) continue;
		let j = i + 1;
		while (j < n && (TERMINATORS.includes(text[j]) || CLOSERS.includes(text[j]))) j++;
		if (j >= n) continue;
		const next = text[j];
		if (next === '“' || next === '‘') {
			// "…pekerjaan.“Kami …": a quote opening right after the stop starts a new sentence.
			push(sentenceStart, j);
			sentenceStart = j;
			candidates.lastIndex = j;
			continue;
		}
		if (next !== ' ' && next !== '\t' && next !== '\u00a0') continue;
		let k = j;
		while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
		if (k >= n || text[k] === '\n' || text[k] === '\r') continue;
		const after = text[k];
		if (isUpperStart(after) || OPENERS.includes(after)) {
			// A dot after a number is ambiguous only when a lower-case word follows; upper-case wins.
			push(sentenceStart, j);
			sentenceStart = k;
			candidates.lastIndex = k;
		}
	}
	push(sentenceStart, n);
	// Paragraph numbers: recompute from newlines so empty lines do not matter.
	return renumberParagraphs(text, out);
}

function renumberParagraphs(text: string, sentences: Sentence[]): Sentence[] {
	let para = -1;
	let lastEnd = -1;
	for (const s of sentences) {
		if (lastEnd < 0 || text.slice(lastEnd, s.start).includes('\n')) para++;
		s.paragraph = para;
		lastEnd = s.end;
	}
	return sentences;
}
