// The extraction pipeline: article text in, statements (pledges and requests) and mentions out.
// Pure and synchronous: split sentences → find institutions and people → attribute speakers →
// classify commitment → categorize → resolve actors → parse amounts and dates → merge restatements.
import type {
	Amount,
	ArticleInput,
	Category,
	Extraction,
	Mention,
	Statement,
	StatementKind,
	Strength
} from '../../domain/statement';
import type { Gazetteer } from '../resolve/gazetteer';
import { attributeSpeakers, firstFrom, type Entity, type SpeakerContext } from './attribute-speakers';
import { categorize } from './categorize';
import { classifyCommitment, type Commitment } from './classify-commitment';
import { detectLanguage } from './detect-language';
import { findInstitutions } from './find-institutions';
import { findPeople } from './find-people';
import { mergeRestatements, type Candidate } from './merge-restatements';
import { parseAmounts } from './parse-amount';
import { parseDates, type DateMention } from './parse-date';
import { resolveActor } from './resolve-actor';
import { splitSentences, type Sentence } from './split-sentences';
import { tokenize } from './tokens';
import { trimEvidence } from './trim-evidence';
import { EXTRACTOR_VERSION } from './version';

export interface ExtractContext {
	gazetteer: Gazetteer;
}

interface Raw {
	kind: StatementKind;
	sentence: Sentence;
	commitment: Commitment;
	category: Category;
	actor: Entity;
	how: string;
	catSignals: string[];
	amount: Amount | null;
	inQuote: boolean;
	laterInQuote: boolean;
	target: string | null;
}

const BASE_CONFIDENCE: Record<Commitment['cueClass'], number> = {
	explicit: 0.8,
	directive: 0.65,
	future: 0.65,
	plan: 0.55,
	present: 0.55,
	request: 0.6,
	none: 0
};

function clamp(x: number): number {
	return Math.max(0.05, Math.min(0.99, Math.round(x * 100) / 100));
}

function statedOn(sentence: Sentence, dates: readonly DateMention[], published: string | null): string | null {
	const k = firstFrom(dates, sentence.start, (d) => d.span.start);
	const inSentence = k < dates.length && dates[k].span.end <= sentence.end ? dates[k] : undefined;
	if (inSentence) return inSentence.iso;
	const explicit = dates.find((d) => !d.inferredYear);
	return explicit?.iso ?? dates[0]?.iso ?? published ?? null;
}

/** Extracts pledges and requests with evidence offsets into `article.text`. */
export function extractStatements(article: ArticleInput, ctx: ExtractContext): Extraction {
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

	const raws: Raw[] = [];
	const quotePledges = new Map<number, number>();
	for (const s of sentences) {
		const c = classifyCommitment(s.text, lang);
		if (c.kind === 'none') continue;
		const sp = speech[s.index];
		const q = sp.quote;
		let laterInQuote = false;
		if (q && c.kind === 'pledge') {
			const seen = quotePledges.get(q.open) ?? 0;
			laterInQuote = seen > 0;
			quotePledges.set(q.open, seen + 1);
		}
		const cat = categorize(s.text, c.cueStart, lang, c.kind);
		let categories = cat.categories;
		if (categories.length === 0) {
			if (c.kind === 'pledge') continue; // a future tense with no object we can name: not a pledge we can file
			categories = ['other'];
		}
		const res = resolveActor(sctx, s, c.cueStart, c.cue, sp);
		if (res.actors.length === 0 || res.thirdParty) continue;
		// A directive binds the speaker's institution only when it orders its own ranks.
		if (c.cueClass === 'directive') {
			const ok = firstFrom(hits, s.start + c.cueEnd + 1, (h) => h.span.start);
			const objectHit = ok < hits.length && hits[ok].span.end <= s.end ? hits[ok] : undefined;
			if (!objectHit || objectHit.institution.name !== res.actors[0].institution?.name) continue;
		}
		const amounts = parseAmounts(s.text, lang, s.start);
		let after: (typeof hits)[number] | undefined;
		for (let k = firstFrom(hits, s.start + c.cueEnd, (h) => h.span.start); k < hits.length && hits[k].span.end <= s.end; k++) {
			if (hits[k].institution.name !== res.actors[0].institution?.name) {
				after = hits[k];
				break;
			}
		}
		for (const actor of res.actors) {
			if (!actor.institution) continue;
			for (const category of categories) {
				raws.push({
					kind: c.kind,
					sentence: s,
					commitment: c,
					category,
					actor,
					how: res.how,
					catSignals: cat.signals,
					amount: category === 'budget' ? (amounts[0] ?? null) : null,
					inQuote: !!q,
					laterInQuote,
					target: after?.institution.name ?? null
				});
			}
		}
	}

	// Names are left out when comparing restatements; only needed when there is something to merge.
	const nameWords = new Set<string>();
	if (raws.length > 1) {
		for (const h of hits) {
			for (let k = h.tokenStart; k < h.tokenEnd; k++) nameWords.add(tokens[k].lower);
			for (const w of h.institution.name.toLowerCase().split(' ')) nameWords.add(w);
		}
		for (const p of people) for (const w of p.name.toLowerCase().split(' ')) nameWords.add(w);
	}

	const firstLine = text.split('\n', 1)[0].trim();
	const isHeadline = (s: Sentence): boolean =>
		(!!article.title && s.text === article.title.trim()) || (s.index === 0 && s.text === firstLine && !/[.!?"”]$/.test(s.text));
	const confidenceOf = (r: Raw): number => {
		let score = BASE_CONFIDENCE[r.commitment.cueClass];
		if (r.how === 'subject' || r.how === 'object' || r.how === 'pair') score += 0.1;
		if (r.how === 'context') score -= 0.1;
		if (r.catSignals.includes('object') || r.catSignals.includes('means')) score += 0.05;
		if (r.catSignals.includes('verb')) score -= 0.05;
		// A headline restates; the body sentence is the better evidence to quote.
		if (isHeadline(r.sentence)) score -= 0.05;
		return score;
	};
	const cands: Candidate[] = raws.map((r) => ({
		sentence: r.sentence.index,
		actor: r.actor.institution?.name ?? '',
		category: r.category,
		strength: r.commitment.strength,
		kind: r.kind,
		text: r.sentence.text,
		nameWords,
		inQuote: r.inQuote,
		laterInQuote: r.laterInQuote,
		amount: r.amount?.value ?? null,
		confidence: confidenceOf(r)
	}));
	const statements: Statement[] = [];
	for (const group of mergeRestatements(cands)) {
		// The evidence is the most confident member; ties go to the earliest.
		let best = group[0];
		for (const m of group) if (cands[m].confidence > cands[best].confidence) best = m;
		const r = raws[best];
		const evidence = trimEvidence(text, r.sentence.start, r.sentence.end);
		const restatements = group
			.filter((m) => m !== best && raws[m].sentence.index !== r.sentence.index)
			.map((m) => trimEvidence(text, raws[m].sentence.start, raws[m].sentence.end));
		const amount = r.amount ?? group.map((m) => raws[m].amount).find((a) => a !== null) ?? null;
		const person = r.actor.person;
		const signals = [...r.commitment.signals, `actor:${r.how}`, ...r.catSignals.map((x) => `category:${x}`)];
		if (restatements.length > 0) signals.push(`restated:${restatements.length}`);
		const strength: Strength = r.commitment.strength;
		statements.push({
			kind: r.kind,
			actor: r.actor.institution ?? { name: '', kind: 'other', level: null, regionCode: null, unit: null },
			speaker: { name: person?.name || null, role: person?.role ?? null, canonicalRole: person?.canonicalRole ?? null },
			category: r.category,
			target: r.target,
			evidence,
			restatements,
			amount,
			strength,
			statedOn: statedOn(r.sentence, dates, published),
			confidence: { score: clamp(cands[best].confidence + Math.min(0.1, restatements.length * 0.05)), signals }
		});
	}
	statements.sort((a, b) => a.evidence.start - b.evidence.start);

	const mentions: Mention[] = [
		...hits.map((h): Mention => ({ type: 'institution', span: h.span, institution: h.institution })),
		...people
			.filter((p) => p.name)
			.map((p): Mention => ({ type: 'person', span: p.span, name: p.name, role: p.role, canonicalRole: p.canonicalRole, institution: p.institution }))
	].sort((a, b) => a.span.start - b.span.start);

	return { extractorVersion: EXTRACTOR_VERSION, lang, statements, mentions };
}
