// Data of the embeddable charts (/embed/timeline, /embed/categories): every /pledges filter in the
// URL is honoured, through the same timeline view as the pages and the chart files. Without a
// `kind`, an embed shows pledges (as it always has); `kind=pledge&kind=request` shows both.
import type { Category } from '$lib/domain/vocabulary';
import { parsePledgeFilters, type PledgeFilters } from '$lib/filters/pledge-filters';
import type { Db } from '../db/connect';
import type { MonthCategoryCount } from '../db/queries/dashboard-overview';
import { loadTimelineView, type TimelineViewResult } from './timeline-view';

export function readEmbedFilters(params: URLSearchParams): PledgeFilters {
	const f = parsePledgeFilters(params);
	return f.kind.length ? f : { ...f, kind: ['pledge'] };
}

export function loadEmbedView(db: Db, f: PledgeFilters): Promise<TimelineViewResult> {
	return loadTimelineView(db, f);
}

export function totalsByCategory(counts: readonly MonthCategoryCount[]): Record<Category, number> {
	const totals: Record<Category, number> = { budget: 0, oversight: 0, program: 0, regulation: 0, other: 0 };
	for (const c of counts) totals[c.category] += c.count;
	return totals;
}
