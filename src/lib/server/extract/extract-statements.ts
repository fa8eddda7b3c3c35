// The extraction pipeline: article text in, statements (pledges and requests) and mentions out.
// Pure and synchronous. Rules propose one candidate per sentence (./propose-candidates.ts: cue,
// actor, categories named, amounts, features); the trained model decides whether each candidate is
// a pledge (a calibrated confidence), how firm, and which sentences restate one pledge (merged, so
// it is counted once); a pledge's categories are the ones its words name, else the model's.
import type { ArticleInput, Category, Extraction, Mention, Statement, Strength } from '../../domain/statement';
import { firstFrom, type Entity } from './attribute-speakers';
import { mergeRestatements, type Candidate } from './merge-restatements';
import { sigmoid } from './model/logistic';
import { CATEGORY_HEADS, pledgeProbability, scoreHeads, type HeadScores, type PledgeModel } from './model/pledge-model';
import { committedModel } from './model/committed-model';
import { statementConfidence, statementFeatures } from './model/statement-confidence';
import { clusterPledges } from './cluster-pledges';
import { pairSideOf, proposeCandidates, type ExtractContext, type Proposal, type SentenceCandidate } from './propose-candidates';
import type { DateMention } from './parse-date';
import { deadlineOf } from './parse-deadline';
import type { Sentence } from './split-sentences';
import { trimEvidence } from './trim-evidence';
import { extractorVersionOf } from './version';

export type { ExtractContext } from './propose-candidates';

export interface ExtractOptions {
	/** The model that decides; the committed one by default (cross-validation passes its own). */
	model?: PledgeModel;
}

// Requests are not annotated in the training news, so the rules still name them; their confidence
// is the rules' own, lower than a model-backed pledge's typical one.
const REQUEST_CONFIDENCE = 0.6;

function clamp(x: number): number {
	return Math.max(0.01, Math.min(0.99, Math.round(x * 100) / 100));
}

function statedOn(sentence: Sentence, dates: readonly DateMention[], published: string | null): string | null {
	const k = firstFrom(dates, sentence.start, (d) => d.span.start);
	const inSentence = k < dates.length && dates[k].span.end <= sentence.end ? dates[k] : undefined;
	if (inSentence) return inSentence.iso;
	const explicit = dates.find((d) => !d.inferredYear);
	return explicit?.iso ?? dates[0]?.iso ?? published ?? null;
}

/**
 * The categories of a pledge are those of its evidence sentence: every head at ½ or above, else the
 * likeliest. (Averaging over restatements, or their union, scored no better in cross-validation.)
 */
function categoriesOf(scores: HeadScores): Category[] {
	let top: Category = CATEGORY_HEADS[0];
	const on: Category[] = [];
	for (const c of CATEGORY_HEADS) {
		if (scores[`cat:${c}`] > scores[`cat:${top}`]) top = c;
		if (sigmoid(scores[`cat:${c}`]) >= 0.5) on.push(c);
	}
	return on.length > 0 ? on : [top];
}

/**
 * The kinds of support a pledge gives. The rules' reading of the words after the commitment (the
 * GUIDE's category vocabulary, "anggaran" → budget, "mengawasi" → oversight …) is right more often
 * than the category heads when it names one: in 5-fold cross-validation, pooled strict F1 0.465
 * against 0.419 for the heads alone. The heads decide when the words name no category.
 */
function categoriesFor(scores: HeadScores, c: SentenceCandidate): Category[] {
	return c.ruleCategories.length > 0 ? [...c.ruleCategories] : categoriesOf(scores);
}

function strengthOf(scores: HeadScores): Strength {
	const conditional = sigmoid(scores['strength:conditional']);
	const hedged = sigmoid(scores['strength:hedged']);
	if (conditional >= 0.5 && conditional >= hedged) return 'conditional';
	if (hedged >= 0.5) return 'hedged';
	return 'firm';
}

interface PledgeUnit {
	candidate: SentenceCandidate;
	actor: Entity;
	scores: HeadScores;
	probability: number;
}

function toStatement(
	p: Proposal,
	kind: 'pledge' | 'request',
	category: Category,
	members: readonly { candidate: SentenceCandidate; actor: Entity }[],
	best: number,
	strength: Strength,
	confidence: number,
	model: PledgeModel
): Statement {
	const lead = members[best];
	const s = lead.candidate.sentence;
	const restatements = members
		.filter((m, i) => i !== best && m.candidate.sentence.index !== s.index)
		.map((m) => trimEvidence(p.text, m.candidate.sentence.start, m.candidate.sentence.end));
	// The amount of a budget pledge: in its evidence sentence, else where it is restated.
	const amount = category === 'budget' ? ([lead, ...members].map((m) => m.candidate.amounts[0] ?? null).find((a) => a !== null) ?? null) : null;
	const person = lead.actor.person;
	const c = lead.candidate;
	const signals = [...c.commitment.signals, `actor:${c.actor.how}`, ...c.categorySignals.map((x) => `category:${x}`), `model:${model.version}`];
	if (restatements.length > 0) signals.push(`restated:${restatements.length}`);
	const evidence = trimEvidence(p.text, s.start, s.end);
	return {
		kind,
		actor: lead.actor.institution ?? { name: '', kind: 'other', level: null, regionCode: null, unit: null },
		speaker: { name: person?.name || null, role: person?.role ?? null, canonicalRole: person?.canonicalRole ?? null },
		category,
		target: c.target,
		evidence,
		restatements,
		amount,
		strength,
		statedOn: statedOn(s, p.dates, p.published),
		deadline: deadlineOf(evidence, restatements, p.published),
		confidence: { score: clamp(confidence), signals }
	};
}

/** The most confident member; a headline restates, so the body sentence is the better quote. */
function bestOf(units: readonly PledgeUnit[]): number {
	const rank = (u: PledgeUnit) => u.probability - (u.candidate.isHeadline ? 0.05 : 0);
	let best = 0;
	units.forEach((u, i) => {
		if (rank(u) > rank(units[best])) best = i;
	});
	return best;
}

/**
 * A statement's confidence is the probability that it is right as a whole (sentence, category and
 * actor), read from how it was found; the sentence's own probability stays among its signals.
 */
function rescore(group: Statement[], lang: Proposal['lang'], model: NonNullable<PledgeModel['statementConfidence']>): void {
	for (const s of group) {
		const sameSentence = group.filter((o) => o.evidence.start === s.evidence.start).length;
		const columns = statementFeatures(s, lang, sameSentence);
		s.confidence = { score: clamp(statementConfidence(model, columns)), signals: [...s.confidence.signals, `sentence:${s.confidence.score}`] };
	}
}

/** Pledge statements, and the sentences they were read from. */
function pledgesOf(p: Proposal, model: PledgeModel): { statements: Statement[]; sentences: Set<number> } {
	const units: PledgeUnit[] = [];
	for (const candidate of p.candidates) {
		// A third party saying what another institution will do is not that institution's pledge
		// (GUIDE.md), whatever the words: the rules saw the speaker belongs elsewhere.
		if (candidate.actor.thirdParty) continue;
		const probability = pledgeProbability(model, candidate.features);
		if (probability < model.threshold) continue;
		const scores = scoreHeads(model, candidate.features);
		for (const actor of candidate.actor.actors) if (actor.institution) units.push({ candidate, actor, scores, probability });
	}
	const sides = units.map((u) => pairSideOf(p, u.candidate, u.actor.institution?.name ?? ''));
	const statements: Statement[] = [];
	for (const group of clusterPledges(sides, model)) {
		const from = statements.length;
		const members = group.map((i) => units[i]);
		const best = bestOf(members);
		const strength = strengthOf(members[best].scores);
		const categories = categoriesFor(members[best].scores, members[best].candidate);
		for (const category of categories) statements.push(toStatement(p, 'pledge', category, members, best, strength, members[best].probability, model));
		// "… melalui fungsi pengawasan dan anggaran": a sentence that lists its means one by one
		// states each of them (GUIDE.md), even when another sentence of the pledge is the better
		// quote; the rules read such lists exactly, and that sentence is the evidence for the rest.
		members.forEach((m, i) => {
			if (!m.candidate.categorySignals.includes('means')) return;
			for (const category of m.candidate.ruleCategories) {
				if (categories.includes(category)) continue;
				categories.push(category);
				statements.push(toStatement(p, 'pledge', category, members, i, strengthOf(m.scores), m.probability, model));
			}
		});
		if (model.statementConfidence) rescore(statements.slice(from), p.lang, model.statementConfidence);
	}
	return { statements, sentences: new Set(units.map((u) => u.candidate.sentence.index)) };
}

/** Requests are not annotated in the training news: the rules name them, and merge their restatements. */
function requestsOf(p: Proposal, model: PledgeModel, pledged: ReadonlySet<number>): Statement[] {
	const units: { candidate: SentenceCandidate; actor: Entity; category: Category }[] = [];
	for (const candidate of p.candidates) {
		if (candidate.commitment.kind !== 'request' || candidate.actor.thirdParty || pledged.has(candidate.sentence.index)) continue;
		if (candidate.actor.how === 'article') continue;
		const categories: Category[] = candidate.ruleCategories.length > 0 ? candidate.ruleCategories : ['other'];
		for (const actor of candidate.actor.actors) {
			if (!actor.institution) continue;
			for (const category of categories) units.push({ candidate, actor, category });
		}
	}
	const cands: Candidate[] = units.map((u) => ({
		sentence: u.candidate.sentence.index,
		actor: u.actor.institution?.name ?? '',
		category: u.category,
		strength: 'firm',
		kind: 'request',
		text: u.candidate.sentence.text,
		nameWords: p.nameWords,
		inQuote: u.candidate.inQuote,
		laterInQuote: u.candidate.laterInQuote,
		amount: u.candidate.amounts[0]?.value ?? null,
		confidence: REQUEST_CONFIDENCE
	}));
	return mergeRestatements(cands).map((group) => {
		const members = group.map((i) => units[i]);
		return toStatement(p, 'request', members[0].category, members, 0, 'firm', REQUEST_CONFIDENCE, model);
	});
}

/** Extracts pledges and requests with evidence offsets into `article.text`. */
export function extractStatements(article: ArticleInput, ctx: ExtractContext & ExtractOptions): Extraction {
	const model = ctx.model ?? committedModel();
	const p = proposeCandidates(article, ctx);
	const pledges = pledgesOf(p, model);
	const statements = [...pledges.statements, ...requestsOf(p, model, pledges.sentences)].sort((a, b) => a.evidence.start - b.evidence.start);

	const mentions: Mention[] = [
		...p.hits.map((h): Mention => ({ type: 'institution', span: h.span, institution: h.institution })),
		...p.people
			.filter((person) => person.name)
			.map((person): Mention => ({ type: 'person', span: person.span, name: person.name, role: person.role, canonicalRole: person.canonicalRole, institution: person.institution }))
	].sort((a, b) => a.span.start - b.span.start);

	return { extractorVersion: extractorVersionOf(model), lang: p.lang, statements, mentions };
}
