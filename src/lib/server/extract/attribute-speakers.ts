// Who is talking in each sentence: the attributed speaker of a quote (“…,” kata X / “…,” ujarnya /
// "…," he said), the subject of a reported-speech verb (X mengatakan / X said / Menurut X), and the
// last speaker that pronouns (ia, dia, pihaknya, kami, he, we) point back to.
import type { InstitutionRef, Lang } from '../../domain/statement';
import type { InstitutionHit } from './find-institutions';
import { matchKnownPerson, type Person } from './find-people';
import type { Sentence } from './split-sentences';
import type { Token } from './tokens';

export interface Entity {
	person: Person | null;
	institution: InstitutionRef | null;
}

export interface Quote {
	/** Offset of the opening mark. */
	open: number;
	/** Offset of the closing mark, or the paragraph end when the quote is never closed. */
	close: number;
}

export interface SentenceSpeech {
	/** The quote the sentence sits in, if any. */
	quote: Quote | null;
	/** Who speaks: the quote's speaker, or the subject of a reported-speech verb. */
	speaker: Entity | null;
	/** The last speaker before this sentence, for pronouns. */
	previous: Entity | null;
	/** People named in the previous sentences, most recent last ("keduanya" points at two). */
	recentPeople: Person[];
}

const OPEN = '“"';
const CLOSE_CURLY = '”';

/** Quote spans per paragraph; straight quotes alternate open/close, an unclosed quote ends the paragraph. */
export function findQuotes(text: string): Quote[] {
	const quotes: Quote[] = [];
	let open = -1;
	const marks = /[“”"\n]/g;
	for (let m = marks.exec(text); m; m = marks.exec(text)) {
		const i = m.index;
		const ch = text[i];
		if (ch === '\n') {
			if (open >= 0) quotes.push({ open, close: i });
			open = -1;
		} else if (open < 0 && OPEN.includes(ch)) open = i;
		else if (open >= 0 && (ch === CLOSE_CURLY || (ch === '"' && text[open] === '"'))) {
			quotes.push({ open, close: i });
			open = -1;
		} else if (open >= 0 && ch === '“') open = i; // a new opening mark restarts an unclosed quote
	}
	if (open >= 0) quotes.push({ open, close: text.length });
	return quotes;
}

const ID_SAY = '(?:kata|ujar|ucap|tegas|pungkas|jelas|ungkap|tambah|sebut|tutur|imbuh|terang|papar|lanjut|tandas|sambung|timpal|urai|beber|harap|pinta|katanya)';
const ATTRIBUTION_ID = new RegExp(`^\\s*[,.]?\\s*${ID_SAY}(nya)?\\b\\s*([^\\n]{0,160})`, 'i');
const ATTRIBUTION_EN_PRONOUN = /^\s*[,.]?\s*(he|she|they|we|i)\s+(?:said|says|added|stated|explained|told|noted|stressed)\b/i;
const ATTRIBUTION_EN = /^\s*[,.]?\s*(?:said|says|added|stated|explained|noted|stressed)\s+([^\n]{0,160})/i;
const ATTRIBUTION_EN_BEFORE = /^\s*[,.]?\s*([A-Z][^.\n,]{0,80}?)\s+(?:said|says|added|stated|explained|noted)\b/;
/** Where a speaker phrase ends: a circumstance, or a full stop that is not an abbreviation's. */
function phraseEnd(phrase: string): number {
	const cut = PHRASE_END.exec(phrase);
	let end = cut ? cut.index : phrase.length;
	const stop = /[.!?]["”]?(?:\s+\p{Lu}|\s*$)/gu;
	for (let m = stop.exec(phrase); m && m.index < end; m = stop.exec(phrase)) {
		const word = /[\p{L}]+$/u.exec(phrase.slice(0, m.index))?.[0] ?? '';
		if (word.length > 3 || /^\d/.test(phrase.slice(m.index - 1))) {
			end = m.index;
			break;
		}
	}
	return end;
}

// Where a speaker phrase ends: place, time and circumstance follow.
const PHRASE_END = /(?:,\s*(?:di|saat|usai|ketika|dalam|kepada|seusai|pada|senin|selasa|rabu|kamis|jumat|sabtu|minggu|in|at|on|during|when)\b|\s(?:di|saat|usai|ketika|dalam|kepada|seusai|yang|in|at|on|during|when|who)\s|,\s*\w+\s*\(|,\s*$)/i;

const PRONOUNS = new Set(['ia', 'dia', 'beliau', 'pihaknya', 'lembaganya', 'mereka', 'he', 'she', 'they', 'him', 'her']);
const FIRST_PERSON = new Set(['kami', 'kita', 'saya', 'aku', 'we', 'i', 'our', 'us']);
const DESCRIPTORS = new Set(['politisi', 'politikus', 'pria', 'wanita', 'perempuan', 'legislator', 'sosok', 'mantan', 'the']);

const NARRATED = /\b(?:mengatakan|menyampaikan|menegaskan|menjelaskan|menuturkan|menambahkan|mengaku|menilai|menyebut|mengungkapkan|berjanji|menekankan|menyatakan|mengklaim|memaparkan|menerangkan|said|says|stated|added|explained|emphasized|emphasised|pledged|told|noted|stressed|promised|vowed|admitted)\b/;
const MENURUT = /^\s*(?:menurut|according to)\s+([^,]{1,100}),/i;
const INLINE = /,\s*(?:kata|ujar|lanjut|tambah|jelas|tutur)\s+([^,]{1,80}),/i;

export interface SpeakerContext {
	text: string;
	tokens: readonly Token[];
	hits: readonly InstitutionHit[];
	people: readonly Person[];
	lang: Lang;
}

/** First index in a list sorted by `start` whose start is >= offset (binary search). */
export function firstFrom<T>(items: readonly T[], offset: number, startOf: (x: T) => number): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (startOf(items[mid]) < offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

const sortedPeople = new WeakMap<readonly Person[], Person[]>();
/** People sorted by name offset (findPeople returns them in institution order). */
export function peopleByStart(people: readonly Person[]): Person[] {
	let sorted = sortedPeople.get(people);
	if (!sorted) {
		sorted = [...people].sort((a, b) => a.span.start - b.span.start);
		sortedPeople.set(people, sorted);
	}
	return sorted;
}

/** First token index with start >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].start < offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The entity named in text[a, b): a titled person, a known name, an institution, or a pronoun. */
export function entityIn(ctx: SpeakerContext, a: number, b: number, previous: Entity | null, preferLast = true): Entity | null {
	let best: { at: number; e: Entity } | null = null;
	const consider = (at: number, e: Entity) => {
		if (!best || (preferLast ? at >= best.at : at < best.at)) best = { at, e };
	};
	// A titled person covers its title and institution words: "Ketua DPRD Kotim, Bima Santoso".
	const extent = (p: Person): [number, number] => [
		Math.min(p.span.start, ctx.tokens[p.tokenStart]?.start ?? p.span.start),
		Math.max(p.span.end, ctx.tokens[p.tokenEnd - 1]?.end ?? p.span.end)
	];
	const people = peopleByStart(ctx.people);
	const inRange: Person[] = [];
	for (let k = firstFrom(people, a, (p) => p.span.start); k < people.length && people[k].span.start < b; k++) {
		const p = people[k];
		if (p.span.end <= b) {
			inRange.push(p);
			consider(preferLast ? p.span.start : extent(p)[0], { person: p, institution: p.institution });
		}
	}
	for (let k = firstFrom(ctx.hits, a, (h) => h.span.start); k < ctx.hits.length && ctx.hits[k].span.start < b; k++) {
		const h = ctx.hits[k];
		if (h.span.end <= b) {
			const covered = inRange.some((p) => {
				const [x, y] = extent(p);
				return x <= h.span.start && y >= h.span.end;
			});
			if (!covered) consider(h.span.start, { person: null, institution: h.institution });
		}
	}
	for (let i = tokenAt(ctx.tokens, a); i < ctx.tokens.length && ctx.tokens[i].end <= b; i++) {
		const t = ctx.tokens[i];
		const known = matchKnownPerson(t.text, ctx.people);
		if (known && !ctx.people.some((p) => p.span.start <= t.start && p.span.end >= t.end)) consider(t.start, { person: known, institution: known.institution });
		else if ((PRONOUNS.has(t.lower) || FIRST_PERSON.has(t.lower) || (DESCRIPTORS.has(t.lower) && i === tokenAt(ctx.tokens, a))) && previous) consider(t.start, previous);
	}
	return best ? (best as { e: Entity }).e : null;
}

function speakerAfterQuote(ctx: SpeakerContext, q: Quote, previous: Entity | null): Entity | null {
	const from = q.close + 1;
	const rest = ctx.text.slice(from, from + 200);
	const id = ATTRIBUTION_ID.exec(rest);
	if (id) {
		if (id[1]) return previous;
		const phrase = id[2];
		const end = phraseEnd(phrase);
		const start = from + id[0].length - phrase.length;
		return entityIn(ctx, start, start + end, previous, false) ?? previous;
	}
	if (ATTRIBUTION_EN_PRONOUN.test(rest)) return previous;
	const en = ATTRIBUTION_EN.exec(rest) ?? ATTRIBUTION_EN_BEFORE.exec(rest);
	if (en) {
		const phrase = en[1];
		const start = from + rest.indexOf(phrase);
		return entityIn(ctx, start, start + phraseEnd(phrase), previous, false) ?? previous;
	}
	return null;
}

/** Walks the sentences in order and says who speaks in each. */
export function attributeSpeakers(ctx: SpeakerContext, sentences: readonly Sentence[]): SentenceSpeech[] {
	const quotes = findQuotes(ctx.text);
	const quoteSpeaker = new Map<Quote, Entity | null>();
	const out: SentenceSpeech[] = [];
	let last: Entity | null = null;
	let recent: Person[] = [];
	let qi = 0;
	for (const s of sentences) {
		while (qi < quotes.length && quotes[qi].close < s.start) qi++;
		const q = qi < quotes.length && quotes[qi].open <= s.start + 1 && quotes[qi].close >= s.start ? quotes[qi] : null;
		const previous = last;
		let speaker: Entity | null = null;
		if (q) {
			if (!quoteSpeaker.has(q)) quoteSpeaker.set(q, speakerAfterQuote(ctx, q, last));
			speaker = quoteSpeaker.get(q) ?? last;
		} else {
			const lower = s.text.toLowerCase();
			const menurut = MENURUT.exec(s.text);
			const inline = INLINE.exec(s.text);
			const verb = NARRATED.exec(lower);
			if (menurut) speaker = entityIn(ctx, s.start + menurut.index, s.start + menurut.index + menurut[0].length, last);
			else if (inline) speaker = entityIn(ctx, s.start + inline.index, s.start + inline.index + inline[0].length, last);
			else if (verb && verb.index < 220) speaker = entityIn(ctx, s.start, s.start + verb.index, last);
			// A quote inside a narrated sentence: “…,” kata X.
			if (!speaker) {
				const qk = firstFrom(quotes, s.start, (x) => x.open);
				const inner = qk < quotes.length && quotes[qk].close < s.end ? quotes[qk] : undefined;
				if (inner) speaker = speakerAfterQuote(ctx, inner, last);
			}
		}
		const named: Person[] = [];
		const sortedP = peopleByStart(ctx.people);
		for (let k = firstFrom(sortedP, s.start, (p) => p.span.start); k < sortedP.length && sortedP[k].span.start < s.end; k++) {
			if (sortedP[k].name && sortedP[k].span.end <= s.end) named.push(sortedP[k]);
		}
		if (speaker && (speaker.person || speaker.institution)) last = speaker;
		// A person introduced with a title becomes who "ia" and "-nya" point at next.
		else if (!q && named.length > 0) last = { person: named[0], institution: named[0].institution };
		else if (!q) {
			// An institution opening the sentence is its subject ("DPRD Kotim menggelar rapat").
			const fk = firstFrom(ctx.hits, s.start, (h) => h.span.start);
			const first = fk < ctx.hits.length && ctx.hits[fk].span.start <= s.start + 2 ? ctx.hits[fk] : undefined;
			if (first) last = { person: null, institution: first.institution };
		}
		out.push({ quote: q, speaker, previous, recentPeople: recent.slice() });
		if (named.length > 0) recent = [...recent, ...named].slice(-6);
	}
	return out;
}
