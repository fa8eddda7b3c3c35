// Matches a later article's progress sentences to open pledges (issue 12, item 2). A sentence
// reports on a pledge when it names the pledge's institution (or its parent or child), speaks of a
// compatible kind of support, shares what the pledge is about (object words, not institution or
// money words), states a compatible amount when it states one, and was published after the pledge
// and within a sensible window. Each feature adds evidence to a logistic score; the weights are set
// by hand from what each feature means, not fitted to the evaluation set. Pure: no database, no clock.
import type { Category } from '$lib/domain/vocabulary';
import { objectWords, sharedObjects } from './object-words';
import { datelineEnd, datelineWords } from './place-words';
import { findProgressSentences } from './progress-sentences';
import type { FollowupArticle, FollowupMatch, FollowupStatus, OpenPledge, ProgressSentence } from './types';

/** Stored with each suggestion, so a later matcher can tell its own suggestions from older ones. */
export const FOLLOWUP_MATCHER_VERSION = 'followups-1';

export interface MatchOptions {
	/** How long after a pledge a report may still be about it. */
	maxMonths?: number;
	/** Lowest confidence that becomes a suggestion. */
	threshold?: number;
	/** Words of place names (./place-words.ts): shared places count little. */
	placeWords?: ReadonlySet<string>;
}

export const DEFAULT_MAX_MONTHS = 36;
export const DEFAULT_THRESHOLD = 0.5;

const WEIGHTS = {
	bias: -3.2,
	institution: { same: 2.5, related: 1.8, articleSame: 1.4, articleRelated: 0.9 },
	/** Per unit of shared object weight, up to three. */
	objects: 0.9,
	categoryNamed: 0.5,
	amountAgrees: 0.8,
	amountConflicts: -1.5,
	refersBack: 0.6,
	explicitAspect: 0.3
} as const;

/** Kinds of support a report must name to speak of a pledge of this kind (none: any report will do). */
const MUST_NAME: Partial<Record<Category, Category>> = { regulation: 'regulation', oversight: 'oversight' };

function sigmoid(z: number): number {
	return 1 / (1 + Math.exp(-z));
}

function monthsBetween(from: string, to: string): number {
	const [y1, m1, d1] = from.split('-').map(Number);
	const [y2, m2, d2] = to.split('-').map(Number);
	return (y2 - y1) * 12 + (m2 - m1) + (d2 - d1) / 31;
}

function categoryFits(pledge: Category, named: readonly Category[]): boolean {
	const must = MUST_NAME[pledge];
	if (must) return named.includes(must);
	// A budget or programme pledge is answered by money or by the thing itself, not by a report that
	// speaks only of a regulation or an inspection.
	if (pledge === 'budget' || pledge === 'program') return named.length === 0 || named.some((c) => c === 'budget' || c === 'program');
	return true;
}

type AmountFit = 'agrees' | 'smaller' | 'conflicts' | 'none';

function amountFit(pledged: number | null, stated: readonly number[]): AmountFit {
	if (pledged === null || stated.length === 0) return 'none';
	const ratios = stated.map((a) => a / pledged);
	if (ratios.some((r) => r >= 0.8 && r <= 1.25)) return 'agrees';
	if (ratios.every((r) => r < 0.8 && r >= 0.05)) return 'smaller';
	return 'conflicts';
}

interface SentenceView<K> {
	sentence: ProgressSentence;
	words: Map<string, number>;
	inSentence: Set<K>;
}

function viewSentences<K>(article: FollowupArticle<K>, places: ReadonlySet<string>): SentenceView<K>[] {
	const dateline = { start: 0, end: datelineEnd(article.body) };
	return findProgressSentences(article.body, article.language).map((sentence) => {
		const inside = article.mentions.filter((m) => m.start < sentence.end && m.end > sentence.start);
		const names = (article.names ?? []).filter((m) => m.start < sentence.end && m.end > sentence.start);
		const skip = [...inside, ...names, dateline].map((m) => [Math.max(0, m.start - sentence.start), m.end - sentence.start] as [number, number]);
		return { sentence, words: objectWords(sentence.text, skip, places), inSentence: new Set(inside.map((m) => m.institution)) };
	});
}

function scorePair<K>(
	view: SentenceView<K>,
	articleInstitutions: Set<K>,
	pledge: OpenPledge<K>,
	pledgeWords: Map<string, number>
): { z: number; status: FollowupStatus; signals: string[] } | null {
	const { sentence } = view;
	const signals: string[] = [`cue:${sentence.cue}`];
	let z: number = WEIGHTS.bias;
	const add = (weight: number, signal: string) => {
		z += weight;
		signals.push(signal);
	};

	// Whose news is it? A sentence that names institutions speaks of them; one that names none
	// continues the article's story, a weaker link.
	const related = (k: K) => k === pledge.institution || pledge.related.includes(k);
	if (view.inSentence.size > 0) {
		if (view.inSentence.has(pledge.institution)) add(WEIGHTS.institution.same, 'institution:same');
		else if ([...view.inSentence].some(related)) add(WEIGHTS.institution.related, 'institution:related');
		else return null;
	} else if (articleInstitutions.has(pledge.institution)) add(WEIGHTS.institution.articleSame, 'institution:article');
	else if ([...articleInstitutions].some(related)) add(WEIGHTS.institution.articleRelated, 'institution:article-related');
	else return null;

	if (!categoryFits(pledge.category, sentence.categories)) return null;
	if (sentence.categories.includes(pledge.category)) add(WEIGHTS.categoryNamed, `category:${pledge.category}`);

	const shared = sharedObjects(pledgeWords, view.words);
	if (shared.weight < 1) return null;
	add(WEIGHTS.objects * Math.min(3, shared.weight), `objects:${shared.weight.toFixed(1)}(${shared.keys.slice(0, 6).join(',')})`);

	let status = sentence.status;
	const amount = amountFit(pledge.amount, sentence.amounts);
	if (amount === 'agrees') add(WEIGHTS.amountAgrees, 'amount:agrees');
	else if (amount === 'conflicts') add(WEIGHTS.amountConflicts, 'amount:conflicts');
	else if (amount === 'smaller') {
		add(0, 'amount:smaller');
		if (status === 'kept') status = 'partly_kept';
	}
	if (sentence.refersBack) add(WEIGHTS.refersBack, 'refers-back');
	if (sentence.explicitAspect) add(WEIGHTS.explicitAspect, 'explicit');
	return { z, status, signals };
}

/** The quote an editor reads starts after the dateline ("MATARAM, Outlet – "), offsets kept exact. */
function withoutDateline(sentence: ProgressSentence, body: string): ProgressSentence {
	const end = datelineEnd(body);
	if (sentence.start >= end || end >= sentence.end) return sentence;
	return { ...sentence, start: end, text: body.slice(end, sentence.end) };
}

/** The best-supported report on each open pledge, at or above the threshold, most confident first. */
export function matchFollowups<K>(article: FollowupArticle<K>, pledges: readonly OpenPledge<K>[], options: MatchOptions = {}): FollowupMatch[] {
	const maxMonths = options.maxMonths ?? DEFAULT_MAX_MONTHS;
	const threshold = options.threshold ?? DEFAULT_THRESHOLD;
	// The dateline's town is where the news comes from, not what it is about.
	const places = new Set([...(options.placeWords ?? []), ...datelineWords(article.body)]);
	const views = viewSentences(article, places);
	if (views.length === 0) return [];
	const articleInstitutions = new Set(article.mentions.map((m) => m.institution));
	const matches: FollowupMatch[] = [];
	for (const pledge of pledges) {
		// Only news from after the promise, and not so long after that it is about something else.
		if (article.publishedOn <= pledge.statedOn || monthsBetween(pledge.statedOn, article.publishedOn) > maxMonths) continue;
		const pledgeWords = objectWords(pledge.context ? `${pledge.text}\n${pledge.context}` : pledge.text, [], places);
		for (const key of objectWords((pledge.speakers ?? []).join(' ')).keys()) pledgeWords.delete(key);
		let best: FollowupMatch | null = null;
		for (const view of views) {
			const scored = scorePair(view, articleInstitutions, pledge, pledgeWords);
			if (!scored) continue;
			const confidence = Math.round(sigmoid(scored.z) * 100) / 100;
			if (confidence < threshold || (best && best.confidence >= confidence)) continue;
			best = { pledgeId: pledge.id, sentence: withoutDateline(view.sentence, article.body), status: scored.status, confidence, signals: scored.signals };
		}
		if (best) matches.push(best);
	}
	return matches.sort((a, b) => b.confidence - a.confidence || a.pledgeId - b.pledgeId);
}
