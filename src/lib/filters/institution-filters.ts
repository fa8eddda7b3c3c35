// Filters of the institution lists (/legislatures, /agencies): level, province, period, sort.
import { LEVELS, type Level } from '$lib/domain/vocabulary';
import { readCodes, readList, readMonth, readOne, readText, toQuery, writeIf, writeList } from './url-params';

export const INSTITUTION_SORTS = ['pledges', 'requests', 'name', 'recent'] as const;
export type InstitutionSort = (typeof INSTITUTION_SORTS)[number];

/** Which institutions a list page shows: fixed by the route, not by the URL. */
export const LIST_GROUPS = {
	legislatures: ['legislature'],
	agencies: ['agency', 'executive', 'judiciary', 'other']
} as const;
export type ListGroup = keyof typeof LIST_GROUPS;

export interface InstitutionFilters {
	q: string;
	level: Level[];
	province: string[];
	/** Inclusive month range 'YYYY-MM' for the counts. */
	from: string | null;
	to: string | null;
	sort: InstitutionSort;
}

export function parseInstitutionFilters(params: URLSearchParams): InstitutionFilters {
	return {
		q: readText(params, 'q', 100),
		level: readList(params, 'level', LEVELS),
		province: readCodes(params, 'province', /^\d{2}$/),
		from: readMonth(params, 'from'),
		to: readMonth(params, 'to'),
		sort: readOne(params, 'sort', INSTITUTION_SORTS, 'pledges')
	};
}

export function institutionFiltersToParams(f: InstitutionFilters): URLSearchParams {
	const p = new URLSearchParams();
	writeIf(p, 'q', f.q);
	writeList(p, 'level', f.level);
	writeList(p, 'province', f.province);
	writeIf(p, 'from', f.from);
	writeIf(p, 'to', f.to);
	writeIf(p, 'sort', f.sort, 'pledges');
	return p;
}

export function institutionsHref(base: string, f: InstitutionFilters): string {
	return base + toQuery(institutionFiltersToParams(f));
}
