// The monthly chart of a view, given its filters: one function for the overview, a profile, a
// /pledges selection, their embeds and their SVG/PNG files, so every copy shows the same numbers.
// Views the rollup can answer (a kind, an institution, a month range) read it, as the overview
// and profiles do; any other filter (category, year, province, words …) reads the statements
// through the /pledges WHERE clause.
import { fillMonths } from '$lib/charts/timeline';
import type { PledgeFilters } from '$lib/filters/pledge-filters';
import { monthAfter, monthStart } from '$lib/filters/url-params';
import type { Db } from '../db/connect';
import { getMonthlyCategoryCounts, getRollupSpan, type MonthCategoryCount } from '../db/queries/dashboard-overview';
import { findInstitutionBySlug } from '../db/queries/institution-profile';
import { getSelectionTimeline } from '../db/queries/pledge-selection';

export interface TimelineView {
	counts: MonthCategoryCount[];
	months: string[];
	/** The institution the filters name, if any. */
	institution: { id: number; slug: string; name: string } | null;
}

export type TimelineViewResult = { view: TimelineView } | { redirect: string } | { missing: string };

/** True when only kind (one value), institution and a month range are set: a rollup view. */
export function isRollupView(f: PledgeFilters): boolean {
	const rest = f.q || f.category.length || f.actorKind.length || f.level.length || f.province.length || f.year.length || f.strength.length || f.status.length || f.review.length || f.overdue;
	return !rest && f.kind.length === 1;
}

export async function loadTimelineView(db: Db, f: PledgeFilters): Promise<TimelineViewResult> {
	let institution: TimelineView['institution'] = null;
	if (f.institution) {
		const found = await findInstitutionBySlug(db, f.institution);
		if (!found) return { missing: f.institution };
		if ('redirect' in found) return { redirect: found.redirect };
		institution = { id: found.found.id, slug: found.found.slug, name: found.found.name };
	}
	let [from, to] = [f.from, f.to];
	if (from && to && from > to) [from, to] = [to, from];
	if (!isRollupView(f)) {
		const counts = await getSelectionTimeline(db, f);
		return { view: { counts, months: counts.length ? fillMonths(counts[0].month, counts[counts.length - 1].month) : [], institution } };
	}
	const counts = await getMonthlyCategoryCounts(db, { kind: f.kind[0], institutionId: institution?.id, from: from ? monthStart(from) : null, until: to ? monthAfter(to) : null });
	// The overview spans every month the site has data for; a profile spans its own (or the range asked).
	if (!institution && !from && !to) {
		const span = await getRollupSpan(db);
		return { view: { counts, months: span ? fillMonths(span.first, span.last) : [], institution } };
	}
	const first = from ? monthStart(from) : counts[0]?.month;
	const last = to ? monthStart(to) : counts[counts.length - 1]?.month;
	return { view: { counts, months: first && last ? fillMonths(first, last) : [], institution } };
}
