// Where each number of a scorecard leads: the /pledges view (and so its exports and feed) that
// lists what the number counts. Overdue is its own segment, so the segments that share statuses
// with it (in progress, stalled, not yet rated) ask for the ones not overdue (`overdue=0`).
import { RATED_STATUSES, type ScoreBucket } from '$lib/domain/scorecard';
import { emptyPledgeFilters, type PledgeFilters } from './pledge-filters';

/** The pledges of a scope: an institution's (slug) or any other base filters. */
export function scopePledges(base: Partial<PledgeFilters>): PledgeFilters {
	return { ...emptyPledgeFilters(), ...base, kind: ['pledge'] };
}

export function bucketFilters(scope: PledgeFilters, bucket: ScoreBucket): PledgeFilters {
	switch (bucket) {
		case 'overdue':
			return { ...scope, overdue: true, notOverdue: false };
		case 'kept':
		case 'partly_kept':
		case 'broken':
			// A verdict is never overdue: no second condition needed.
			return { ...scope, status: [bucket], overdue: false, notOverdue: false };
		default:
			return { ...scope, status: [bucket], overdue: false, notOverdue: true };
	}
}

/** The pledges an editor has given a status, whatever it is. */
export function reviewedFilters(scope: PledgeFilters): PledgeFilters {
	return { ...scope, status: [...RATED_STATUSES], overdue: false, notOverdue: false };
}
