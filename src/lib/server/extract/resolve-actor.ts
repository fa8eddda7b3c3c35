// The institution a commitment binds: the subject nearest before the cue (an institution, a titled
// person, a known name), a pronoun or "pihaknya" pointing back to the speaker, "keduanya" for the
// two people just named, or — with no subject at all — whoever is speaking.
import type { InstitutionRef } from '../../domain/statement';
import { entityIn, firstFrom, tokenAt, type Entity, type SentenceSpeech, type SpeakerContext } from './attribute-speakers';
import type { Sentence } from './split-sentences';

export interface ActorResolution {
	actors: Entity[];
	/**
	 * How the actor was found: subject, pronoun, pair, speaker, context, object (after a noun cue),
	 * article (nothing in reach: the institution the article names most).
	 */
	how: 'subject' | 'pair' | 'speaker' | 'context' | 'object' | 'article' | 'none';
	/** The speaker's institution differs from the subject's: a third party describing someone else. */
	thirdParty: boolean;
}

const PREPOSITIONS = new Set(['di', 'ke', 'dari', 'kepada', 'dengan', 'oleh', 'terhadap', 'untuk', 'bagi', 'pada', 'dalam', 'antara', 'atas', 'tentang', 'soal', 'of', 'to', 'from', 'with', 'by', 'for', 'at', 'in', 'on', 'about', 'bersama', 'sebagai', 'selaku']);
const FIRST_PERSON = new Set(['kami', 'kita', 'saya', 'aku', 'we', 'i']);
const LAY_SUBJECT = /\b(?:warga|masyarakat|petani|nelayan|mahasiswa|pelajar|pedagang|buruh|orang tua|wali murid|peserta|pengunjuk rasa|demonstran|residents?|citizens?|villagers?|farmers?|fishermen|students?|parents|protesters?|demonstrators?)\b/i;
// A legislature's own units and plain names for it: they commit their legislature (GUIDE.md: a
// Komisi or Fraksi speaks for its DPRD), which the article names elsewhere.
const LEGISLATIVE_UNIT = /\b(?:komisi(?: [ivx]+| [a-e]| \d)?|pansus|fraksi|banggar|bapemperda|badan anggaran|dewan|legislatif|the house|the council|legislative|lawmakers|commission [a-e])(?:\s+\S+){0,2}\s*$/i;
const PAIR = /\b(?:keduanya|kedua(?:nya)? pihak|both)\b/i;

/** Two institutions are the same actor family when they share a name or a region. */
export function related(a: InstitutionRef | null, b: InstitutionRef | null): boolean {
	if (!a || !b) return true;
	if (a.name === b.name) return true;
	if (a.regionCode && b.regionCode) return a.regionCode === b.regionCode || a.regionCode.startsWith(`${b.regionCode}.`) || b.regionCode.startsWith(`${a.regionCode}.`);
	return false;
}

/** Removes entities whose span follows a preposition ("kepada Ketua DPRD", "di Gedung Kemendagri"). */
function subjectStart(ctx: SpeakerContext, at: number): boolean {
	const i = tokenAt(ctx.tokens, at);
	if (i === 0) return true;
	const prev = ctx.tokens[i - 1];
	return !PREPOSITIONS.has(prev.lower);
}

export function resolveActor(
	ctx: SpeakerContext,
	sentence: Sentence,
	cueOffset: number,
	cue: string,
	speech: SentenceSpeech
): ActorResolution {
	const cueAbs = sentence.start + cueOffset;
	const fallback: Entity | null = speech.quote ? speech.speaker : speech.previous ?? speech.speaker;
	const third = (e: Entity) => !!speech.speaker && !speech.quote && !related(speech.speaker.institution, e.institution);

	// "… bentuk komitmen Pemprov Kalbar …": the institution right after a noun cue is the actor.
	if (/^(?:komitmen|kesiapan|commitment to)$/i.test(cue)) {
		const k = firstFrom(ctx.hits, cueAbs + 1, (h) => h.span.start);
		const after = k < ctx.hits.length && ctx.hits[k].span.start - (cueAbs + cue.length) <= 2 ? ctx.hits[k] : undefined;
		if (after) return { actors: [{ person: null, institution: after.institution }], how: 'object', thirdParty: false };
	}
	const before = sentence.text.slice(0, cueOffset);
	if (PAIR.test(before)) {
		const pair = speech.recentPeople.filter((p) => p.institution).slice(-2);
		if (pair.length === 2) return { actors: pair.map((p) => ({ person: p, institution: p.institution })), how: 'pair', thirdParty: false };
	}
	const unit = LEGISLATIVE_UNIT.exec(before);
	if (unit) {
		const unitAbs = sentence.start + unit.index;
		const k = firstFrom(ctx.hits, unitAbs, (h) => h.span.start);
		const named = k < ctx.hits.length && ctx.hits[k].span.start < cueAbs;
		const legislature = named ? null : legislatureNear(ctx, unitAbs);
		if (legislature) return { actors: [{ person: speech.quote ? speech.speaker?.person ?? null : null, institution: legislature }], how: 'subject', thirdParty: false };
	}
	// Nearest entity before the cue that is not the object of a preposition.
	let to = cueAbs;
	for (let guard = 0; guard < 8 && to > sentence.start; guard++) {
		const e = entityIn(ctx, sentence.start, to, fallback);
		if (!e) break;
		const at = lastSpanStart(ctx, e, sentence.start, to);
		if (at < 0 || subjectStart(ctx, at)) {
			const pronoun = isPronounAt(ctx, at);
			if (pronoun === 'first' && speech.quote && speech.speaker) return { actors: [speech.speaker], how: 'speaker', thirdParty: false };
			if (pronoun) {
				// "X, Ketua DPRD Kalsel, menegaskan pihaknya akan …": the pronoun points back to the
				// subject of its own sentence before it points to an earlier speaker.
				const own = at > sentence.start ? entityIn(ctx, sentence.start, at, null) : null;
				const ownAt = own ? lastSpanStart(ctx, own, sentence.start, at) : -1;
				if (own?.institution && ownAt >= 0 && subjectStart(ctx, ownAt)) return { actors: [own], how: 'subject', thirdParty: third(own) };
				return { actors: [speech.previous ?? e], how: 'context', thirdParty: false };
			}
			return { actors: [e], how: 'subject', thirdParty: third(e) };
		}
		to = at;
	}
	// "Sejumlah warga … meminta …": members of the public are the subject, not the last institution named.
	if (!speech.quote && LAY_SUBJECT.test(before)) return { actors: [], how: 'none', thirdParty: false };
	if (fallback && fallback.institution) return { actors: [fallback], how: speech.quote ? 'speaker' : 'context', thirdParty: false };
	return { actors: [], how: 'none', thirdParty: false };
}

/** The legislature named last before `at`, else the first named after it. */
function legislatureNear(ctx: SpeakerContext, at: number): InstitutionRef | null {
	let found: InstitutionRef | null = null;
	for (const h of ctx.hits) {
		if (h.institution.kind !== 'legislature') continue;
		if (h.span.start < at) found = h.institution;
		else return found ?? h.institution;
	}
	return found;
}

function isPronounAt(ctx: SpeakerContext, at: number): 'first' | 'third' | null {
	if (at < 0) return null;
	const t = ctx.tokens[tokenAt(ctx.tokens, at)];
	if (!t || t.start !== at) return null;
	if (FIRST_PERSON.has(t.lower)) return 'first';
	if (['ia', 'dia', 'beliau', 'pihaknya', 'lembaganya', 'mereka', 'he', 'she', 'they', 'politisi', 'politikus', 'pria', 'wanita'].includes(t.lower)) return 'third';
	return null;
}

/** Where the chosen entity is written between `from` and `to` (the last occurrence). */
function lastSpanStart(ctx: SpeakerContext, e: Entity, from: number, to: number): number {
	let at = -1;
	if (e.person) {
		const p = e.person;
		if (p.span.start >= from && p.span.end <= to) at = Math.max(at, p.span.start);
		for (let i = tokenAt(ctx.tokens, from); i < ctx.tokens.length && ctx.tokens[i].end <= to; i++) {
			const t = ctx.tokens[i];
			if (p.name && p.name.toLowerCase().split(/[\s.]+/).includes(t.lower)) at = Math.max(at, t.start);
		}
	}
	for (let k = firstFrom(ctx.hits, from, (h) => h.span.start); k < ctx.hits.length && ctx.hits[k].span.start < to; k++) {
		const h = ctx.hits[k];
		if (h.span.end > to) continue;
		if (e.person ? h.institution === e.person.institution && h.span.end >= e.person.span.start - 3 : h.institution === e.institution) at = Math.max(at, h.span.start);
	}
	for (let i = tokenAt(ctx.tokens, from); i < ctx.tokens.length && ctx.tokens[i].end <= to; i++) {
		const t = ctx.tokens[i];
		if (isPronounAt(ctx, t.start) && t.start > at) at = t.start;
	}
	return at;
}
