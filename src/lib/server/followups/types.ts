// The follow-up matcher's shapes (issue 12, item 2): a later article's sentence that reports
// progress, delivery or failure, the open pledges it may report on, and the matches it proposes.
import type { Category, Language, PledgeStatus } from '$lib/domain/vocabulary';

/** The statuses a later article can propose; 'not_yet_rated' is never proposed. */
export type FollowupStatus = Exclude<PledgeStatus, 'not_yet_rated'>;

export const FOLLOWUP_STATUSES: readonly FollowupStatus[] = ['in_progress', 'kept', 'partly_kept', 'broken', 'stalled'];

/** A sentence whose words report what became of something. Offsets point into the article body. */
export interface ProgressSentence {
	text: string;
	start: number;
	end: number;
	/** What its words say happened. */
	status: FollowupStatus;
	/** The words that said so ("telah disahkan", "mangkrak", "has been disbursed"). */
	cue: string;
	/** The kinds of support its words name (an empty list names none). */
	categories: Category[];
	/** Rupiah amounts it states. */
	amounts: number[];
	/** Its words say only part was done ("25 dari 40", "baru Rp 12 miliar", "two of the three"). */
	partial: boolean;
	/** It points back at an earlier promise ("yang dijanjikan", "the promised", "as pledged"). */
	refersBack: boolean;
	/** "telah", "sudah", "has been": the delivery is stated as done, not inferred from a verb. */
	explicitAspect: boolean;
}

/** An institution named in the follow-up article, with its offsets into the body. */
export interface InstitutionSpan<K = number> {
	institution: K;
	start: number;
	end: number;
}

export interface FollowupArticle<K = number> {
	body: string;
	language: Language;
	/** ISO date. */
	publishedOn: string;
	mentions: readonly InstitutionSpan<K>[];
	/** Where the article names people: their names say who spoke, not what was done. */
	names?: readonly { start: number; end: number }[];
}

/** A pledge that has no verdict yet, as the matcher needs it. */
export interface OpenPledge<K = number> {
	id: number;
	text: string;
	/**
	 * What the pledge's article is about, when its sentence does not say ("untuk kegiatan ini"):
	 * the article's title. Its words count as the pledge's own.
	 */
	context?: string | null;
	/** The names of the people who spoke for it, left out of its object words like the report's. */
	speakers?: readonly string[];
	institution: K;
	/** Its parent and children: a follow-up naming one of them may report on this pledge. */
	related: readonly K[];
	category: Category;
	/** Rupiah, when the pledge names an amount. */
	amount: number | null;
	/** ISO dates. */
	statedOn: string;
	dueOn: string | null;
}

export interface FollowupMatch {
	pledgeId: number;
	sentence: ProgressSentence;
	status: FollowupStatus;
	/** In [0, 1]: how sure the matcher is that the sentence reports on this pledge. */
	confidence: number;
	/** Why: the features that produced the score ("institution:same", "objects:2.0", "amount:agrees"). */
	signals: string[];
}
