// The rules' half of extraction: every sentence of an article becomes a candidate carrying what
// rules are good at finding (the commitment cue, the categories its words name, the actor and how
// it was found, amounts, quotes) and the model's feature names. What a candidate *is* — pledge or
// not, which categories, how firm — is decided afterwards by the trained model
// (./decide-statements.ts). Training reads these same candidates, so features never drift.
import type { Amount, ArticleInput, Category, InstitutionRef, Lang } from '../../domain/statement';
import type { Gazetteer } from '../resolve/gazetteer';
import { attributeSpeakers, type SentenceSpeech, type SpeakerContext } from './attribute-speakers';
import { categorize } from './categorize';
import { classifyCommitment, type Commitment } from './classify-commitment';
import { detectLanguage } from './detect-language';
import { findInstitutions, type InstitutionHit } from './find-institutions';
import { findPeople, type Person } from './find-people';
import { contentStems, NEW_ITEM } from './merge-restatements';
import type { PairSide } from './model/pair-features';
import { contextFeatures } from './model/context-features';
import { sentenceFeatureIndices } from './model/sentence-features';
import { parseAmounts } from './parse-amount';
import { parseDates, type DateMention } from './parse-date';
import { resolveActor, type ActorResolution } from './resolve-actor';
import { splitSentences, type Sentence } from './split-sentences';
import { tokenize, type Token } from './tokens';

export interface ExtractContext {
	gazetteer: Gazetteer;
}

export interface SentenceCandidate {
	sentence: Sentence;
	commitment: Commitment;
	/** Categories the rules read from the words after the cue (may be empty). */
	ruleCategories: Category[];
	categorySignals: string[];
	actor: ActorResolution;
	amounts: Amount[];
	inQuote: boolean;
	/** Opening offset of the quote the sentence sits in, or -1. */
	quoteOpen: number;
	laterInQuote: boolean;
	isHeadline: boolean;
	/** Where the commitment is anchored in the sentence (the cue, else the first verb-like word). */
	anchor: number;
	/** The first institution named after the cue that is not the actor: who benefits. */
	target: string | null;
	/** Hashed model features. */
	features: number[];
}

export interface Proposal {
	text: string;
	lang: Lang;
	published: string | null;
	sentences: Sentence[];
	hits: InstitutionHit[];
	people: Person[];
	dates: DateMention[];
	speech: SentenceSpeech[];
	candidates: SentenceCandidate[];
	/** Words of institution and person names, left out when comparing what sentences say. */
	nameWords: ReadonlySet<string>;
}

// With no commitment cue, the actor is looked for before the sentence's main verb: the first word
// shaped like an Indonesian active verb or an English modal.
const VERB_LIKE = /\b(?:me[mn]?\w{3,}|meng\w{3,}|meny\w{3,}|ber\w{3,}|will|would|shall|plans?|aims?|is|are|has|have)\b/i;

function anchorOf(text: string, c: Commitment): { offset: number; cue: string } {
	if (c.cueStart >= 0) return { offset: c.cueStart, cue: c.cue };
	const m = VERB_LIKE.exec(text);
	return m ? { offset: m.index, cue: m[0] } : { offset: text.length, cue: '' };
}

/** The sentence's lower-case words (from the article's tokens, starting at index `from`) and the word span of its cue. */
function sentenceWords(tokens: readonly Token[], from: number, s: Sentence, c: Commitment): { words: string[]; cueFrom: number; cueTo: number } {
	const words: string[] = [];
	let cueFrom = -1;
	let cueTo = -1;
	for (let k = from; k < tokens.length && tokens[k].end <= s.end; k++) {
		if (c.cueStart >= 0 && cueFrom < 0 && tokens[k].start >= s.start + c.cueStart) cueFrom = words.length;
		if (c.cueStart >= 0 && tokens[k].start < s.start + c.cueEnd) cueTo = words.length + 1;
		words.push(tokens[k].lower);
	}
	return cueFrom < 0 ? { words, cueFrom: -1, cueTo: -1 } : { words, cueFrom, cueTo };
}

/** The institution named most often in the article (the earliest on a tie). */
function mainInstitution(hits: readonly InstitutionHit[]): InstitutionHit['institution'] | null {
	const counts = new Map<string, { n: number; hit: InstitutionHit }>();
	for (const hit of hits) {
		const c = counts.get(hit.institution.name);
		if (c) c.n++;
		else counts.set(hit.institution.name, { n: 1, hit });
	}
	let best: { n: number; hit: InstitutionHit } | null = null;
	for (const c of counts.values()) if (!best || c.n > best.n) best = c;
	return best?.hit.institution ?? null;
}

/**
 * A bare "DPRD" or "Pemerintah Kabupaten" names no body on its own; when the article names one
 * specific institution of that kind ("DPRD Kabupaten Tulang Bawang"), the bare name means it.
 */
function specificInstitutions(hits: readonly InstitutionHit[]): (ref: InstitutionRef) => InstitutionRef {
	const counts = new Map<string, { n: number; ref: InstitutionRef }>();
	for (const hit of hits) {
		if (!hit.institution.regionCode) continue;
		const c = counts.get(hit.institution.name);
		if (c) c.n++;
		else counts.set(hit.institution.name, { n: 1, ref: hit.institution });
	}
	return (ref) => {
		if (ref.regionCode) return ref;
		let best: { n: number; ref: InstitutionRef } | null = null;
		for (const c of counts.values()) {
			if (c.ref.kind === ref.kind && c.ref.name.startsWith(`${ref.name} `) && (!best || c.n > best.n)) best = c;
		}
		return best?.ref ?? ref;
	};
}

export function proposeCandidates(article: ArticleInput, ctx: ExtractContext): Proposal {
	const text = article.text ?? '';
	const lang = article.lang ?? detectLanguage(text);
	const published = article.published ?? null;
	const sentences = splitSentences(text);
	const tokens = tokenize(text);
	const hits = findInstitutions(text, tokens, { gazetteer: ctx.gazetteer, lang });
	const people = findPeople(text, tokens, hits);
	const dates = parseDates(text, published);
	const sctx: SpeakerContext = { text, tokens, hits, people, lang };
	const speech = attributeSpeakers(sctx, sentences);
	const firstLine = text.split('\n', 1)[0].trim();
	const title = article.title?.trim() ?? null;
	const commitmentsPerQuote = new Map<number, number>();

	const main = mainInstitution(hits);
	const specificFor = specificInstitutions(hits);
	const commitments = sentences.map((s) => classifyCommitment(s.text, lang));
	const context = contextFeatures(sentences, title);
	let h = 0;
	let t = 0;
	const candidates = sentences.map((s): SentenceCandidate => {
		const c = commitments[s.index];
		const sp = speech[s.index];
		const quoteOpen = sp.quote?.open ?? -1;
		let laterInQuote = false;
		if (quoteOpen >= 0 && c.kind === 'pledge') {
			const seen = commitmentsPerQuote.get(quoteOpen) ?? 0;
			laterInQuote = seen > 0;
			commitmentsPerQuote.set(quoteOpen, seen + 1);
		}
		const anchor = anchorOf(s.text, c);
		const cat = categorize(s.text, anchor.offset, lang, c.kind === 'request' ? 'request' : 'pledge');
		let actor = resolveActor(sctx, s, anchor.offset, anchor.cue, sp);
		// Nothing in reach names the actor (a bare "akan …" in a narrated paragraph): the institution
		// the article is about is the best guess; the model sees `actor:article` and weighs it.
		if (main && !actor.thirdParty && !actor.actors.some((a) => a.institution)) actor = { actors: [{ person: null, institution: main }], how: 'article', thirdParty: false };
		actor = { ...actor, actors: actor.actors.map((a) => (a.institution ? { ...a, institution: specificFor(a.institution) } : a)) };
		const amounts = parseAmounts(s.text, lang, s.start);
		while (h < hits.length && hits[h].span.start < s.start) h++;
		let inSentence = 0;
		let target: string | null = null;
		const actorName = actor.actors[0]?.institution?.name;
		for (let k = h; k < hits.length && hits[k].span.end <= s.end; k++) {
			inSentence++;
			if (target === null && hits[k].span.start >= s.start + anchor.offset && hits[k].institution.name !== actorName) target = hits[k].institution.name;
		}
		const isHeadline = (!!title && s.text === title) || (s.index === 0 && s.text === firstLine && !/[.!?"”]$/.test(s.text));
		while (t < tokens.length && tokens[t].start < s.start) t++;
		const { words, cueFrom, cueTo } = sentenceWords(tokens, t, s, c);
		const features = sentenceFeatureIndices({
			text: s.text,
			words,
			cueFrom,
			cueTo,
			lang,
			commitment: c,
			ruleCategories: cat.categories,
			categorySignals: cat.signals,
			actorHow: actor.actors.some((a) => a.institution) ? actor.how : 'none',
			actorKind: actor.actors.find((a) => a.institution)?.institution?.kind ?? null,
			thirdParty: actor.thirdParty,
			inQuote: quoteOpen >= 0,
			isHeadline,
			position: s.index,
			hasAmount: amounts.length > 0,
			institutionsInSentence: inSentence,
			laterInQuote,
			context: context[s.index]
		});
		return { sentence: s, commitment: c, ruleCategories: cat.categories, categorySignals: cat.signals, actor, amounts, inQuote: quoteOpen >= 0, quoteOpen, laterInQuote, isHeadline, anchor: anchor.offset, target, features };
	});
	const nameWords = new Set<string>();
	for (const hit of hits) for (const w of `${text.slice(hit.span.start, hit.span.end)} ${hit.institution.name}`.toLowerCase().split(/\s+/)) nameWords.add(w);
	for (const person of people) for (const w of person.name.toLowerCase().split(' ')) nameWords.add(w);
	return { text, lang, published, sentences, hits, people, dates, speech, candidates, nameWords };
}

/** The merge model's view of a candidate sentence stated by `actor`. */
export function pairSideOf(p: Proposal, c: SentenceCandidate, actor: string): PairSide {
	return {
		index: c.sentence.index,
		actor,
		stems: contentStems(c.sentence.text, p.nameWords),
		amount: c.amounts[0]?.value ?? null,
		isHeadline: c.isHeadline,
		quoteOpen: c.quoteOpen,
		opensNewItem: NEW_ITEM.test(c.sentence.text),
		ruleCategories: c.ruleCategories,
		lang: p.lang
	};
}
