// A scorecard: what became of an institution's pledges, as one partition of its pledge sentences.
// Overdue is a segment of its own (a stated deadline passed with no verdict), so a pledge that is
// in progress, stalled or unrated but past its deadline counts once, as overdue. "Reviewed" counts
// the pledges an editor gave any status; the rest are not yet rated, which is not a verdict.
import type { PledgeStatus } from './vocabulary';

/** Segments in display order: verdicts first, then work under way, then what is unknown. */
export const SCORE_BUCKETS = ['kept', 'partly_kept', 'in_progress', 'stalled', 'broken', 'overdue', 'not_yet_rated'] as const;
export type ScoreBucket = (typeof SCORE_BUCKETS)[number];

/**
 * When two statements of one sentence (a budget and an oversight pledge in the same words) carry
 * different statuses, the sentence counts in the first of these: a verdict outranks overdue, which
 * outranks work under way, which outranks "not yet rated".
 */
export const BUCKET_PRECEDENCE: readonly ScoreBucket[] = ['kept', 'partly_kept', 'broken', 'overdue', 'stalled', 'in_progress', 'not_yet_rated'];

/** Statuses that mean an editor has rated the pledge (everything except not_yet_rated). */
export const RATED_STATUSES: readonly PledgeStatus[] = ['in_progress', 'kept', 'partly_kept', 'broken', 'stalled'];

export interface Scorecard {
	counts: Record<ScoreBucket, number>;
	/** Pledge sentences in all segments. */
	total: number;
	/** Of those, how many an editor has given a status. */
	reviewed: number;
}

export function emptyScorecard(): Scorecard {
	return { counts: { kept: 0, partly_kept: 0, in_progress: 0, stalled: 0, broken: 0, overdue: 0, not_yet_rated: 0 }, total: 0, reviewed: 0 };
}
