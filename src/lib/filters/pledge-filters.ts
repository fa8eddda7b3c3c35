// The filters of the pledge search (/pledges and, later, its .csv/.json siblings): one typed state,
// parsed from and written back to URL params, so pages, links and exports agree on every view.
import {
	CATEGORIES,
	INSTITUTION_KINDS,
	LEVELS,
	PLEDGE_STATUSES,
	REVIEW_STATUSES,
	STATEMENT_KINDS,
	STRENGTHS,
	type Category,
	type InstitutionKind,
	type Level,
	type PledgeStatus,
	type ReviewStatus,
	type StatementKind,
	type Strength
} from '$lib/domain/vocabulary';
import { readCodes, readList, readMonth, readOne, readText, readYears, toQuery, toggleValue, writeIf, writeList } from './url-params';

/** Rejected statements never appear publicly, so they are not a filter value either. */
export const PUBLIC_REVIEW_STATUSES = REVIEW_STATUSES.filter((r) => r !== 'rejected') as Exclude<ReviewStatus, 'rejected'>[];
export type PublicReviewStatus = (typeof PUBLIC_REVIEW_STATUSES)[number];

export const PLEDGE_SORTS = ['newest', 'oldest'] as const;
export type PledgeSort = (typeof PLEDGE_SORTS)[number];

export interface PledgeFilters {
	/** Full-text query, matched with Indonesian and English stemming. */
	q: string;
	category: Category[];
	kind: StatementKind[];
	/** Kind of the institution that made the statement (URL `actor_kind`, as the export column). */
	actorKind: InstitutionKind[];
	level: Level[];
	/** Two-digit province codes ('62'). */
	province: string[];
	year: number[];
	strength: Strength[];
	status: PledgeStatus[];
	review: PublicReviewStatus[];
	/** Institution slug: the statements this institution made. */
	institution: string | null;
	/** Only pledges whose stated deadline has passed with no verdict (`overdue=1`), judged when read. */
	overdue: boolean;
	/**
	 * Only statements that are not overdue (`overdue=0`): a scorecard's "in progress", "stalled" and
	 * "not yet rated" segments leave the overdue ones to their own segment, and link here.
	 */
	notOverdue: boolean;
	/** Inclusive month range 'YYYY-MM' of the stated deadline (`due_from`, `due_to`): "due this quarter". */
	dueFrom: string | null;
	dueTo: string | null;
	/** Inclusive month range 'YYYY-MM', set by brushing the timeline. */
	from: string | null;
	to: string | null;
	sort: PledgeSort;
}

/** The facets a user can tick, in display order; each is a list-valued field of PledgeFilters. */
export const PLEDGE_FACETS = ['kind', 'category', 'actorKind', 'year', 'level', 'province', 'strength', 'status', 'review'] as const;
export type PledgeFacet = (typeof PLEDGE_FACETS)[number];

/** The URL parameter of a facet: its own name, except the institution kind (`actor_kind`, as in the exports). */
export function facetParam(facet: PledgeFacet): string {
	return facet === 'actorKind' ? 'actor_kind' : facet;
}

export function emptyPledgeFilters(): PledgeFilters {
	return {
		q: '',
		category: [],
		kind: [],
		actorKind: [],
		level: [],
		province: [],
		year: [],
		strength: [],
		status: [],
		review: [],
		institution: null,
		overdue: false,
		notOverdue: false,
		dueFrom: null,
		dueTo: null,
		from: null,
		to: null,
		sort: 'newest'
	};
}

export function parsePledgeFilters(params: URLSearchParams): PledgeFilters {
	const institution = params.get('institution');
	return {
		q: readText(params, 'q'),
		category: readList(params, 'category', CATEGORIES),
		kind: readList(params, 'kind', STATEMENT_KINDS),
		actorKind: readList(params, 'actor_kind', INSTITUTION_KINDS),
		level: readList(params, 'level', LEVELS),
		province: readCodes(params, 'province', /^\d{2}$/),
		year: readYears(params, 'year'),
		strength: readList(params, 'strength', STRENGTHS),
		status: readList(params, 'status', PLEDGE_STATUSES),
		review: readList(params, 'review', PUBLIC_REVIEW_STATUSES),
		institution: institution && /^[a-z0-9-]{1,120}$/.test(institution) ? institution : null,
		overdue: params.get('overdue') === '1',
		notOverdue: params.get('overdue') === '0',
		dueFrom: readMonth(params, 'due_from'),
		dueTo: readMonth(params, 'due_to'),
		from: readMonth(params, 'from'),
		to: readMonth(params, 'to'),
		sort: readOne(params, 'sort', PLEDGE_SORTS, 'newest')
	};
}

export function pledgeFiltersToParams(f: PledgeFilters): URLSearchParams {
	const p = new URLSearchParams();
	writeIf(p, 'q', f.q);
	writeIf(p, 'institution', f.institution);
	for (const facet of PLEDGE_FACETS) writeList(p, facetParam(facet), f[facet]);
	if (f.overdue) p.set('overdue', '1');
	else if (f.notOverdue) p.set('overdue', '0');
	writeIf(p, 'due_from', f.dueFrom);
	writeIf(p, 'due_to', f.dueTo);
	writeIf(p, 'from', f.from);
	writeIf(p, 'to', f.to);
	writeIf(p, 'sort', f.sort, 'newest');
	return p;
}

/** `/pledges?…` for these filters; `extra` adds params that are not filters (lang, cursor). */
export function pledgesHref(f: PledgeFilters, base = '/pledges'): string {
	return base + toQuery(pledgeFiltersToParams(f));
}

export function toggleFacetValue(f: PledgeFilters, facet: PledgeFacet, value: string | number): PledgeFilters {
	const list = f[facet] as readonly (string | number)[];
	return { ...f, [facet]: toggleValue(list, value) } as PledgeFilters;
}

export function isFiltered(f: PledgeFilters): boolean {
	return pledgeFiltersToParams({ ...f, sort: 'newest' }).size > 0;
}
