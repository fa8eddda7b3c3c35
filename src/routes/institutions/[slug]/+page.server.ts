import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { fillMonths } from '$lib/charts/timeline';
import { emptyPledgeFilters } from '$lib/filters/pledge-filters';
import { monthAfter, monthStart, readMonth } from '$lib/filters/url-params';
import { getReadDb } from '$lib/server/db/public-reads';
import { getMonthlyCategoryCounts } from '$lib/server/db/queries/dashboard-overview';
import { findInstitutionBySlug, getCategoryBreakdown, getCounterparts, getPledgeTallies, getSpokespeople } from '$lib/server/db/queries/institution-profile';
import { searchPledges } from '$lib/server/db/queries/pledges';
import { getScorecard } from '$lib/server/db/queries/scorecards';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const db = getReadDb(locals);
	const lookup = await findInstitutionBySlug(db, params.slug);
	if (!lookup) error(404, 'No institution has this address.');
	if ('redirect' in lookup) redirect(301, `/institutions/${lookup.redirect}${url.search}`);
	const institution = lookup.found;
	// A brushed range on the timeline narrows the chart and the pledge list; the tallies stay whole.
	let from = readMonth(url.searchParams, 'from');
	let to = readMonth(url.searchParams, 'to');
	if (from && to && from > to) [from, to] = [to, from];
	const [timeline, breakdown, tallies, people, counterparts, pledges, scorecard] = await Promise.all([
		getMonthlyCategoryCounts(db, {
			kind: 'pledge',
			institutionId: institution.id,
			from: from ? monthStart(from) : null,
			until: to ? monthAfter(to) : null
		}),
		getCategoryBreakdown(db, institution.id),
		getPledgeTallies(db, institution.id),
		getSpokespeople(db, institution.id),
		getCounterparts(db, institution.id),
		searchPledges(db, { ...emptyPledgeFilters(), institution: institution.slug, kind: ['pledge'], from, to }, null, 20),
		// Whole, like the tallies: what became of all its pledges, not of a brushed range.
		getScorecard(db, { institution: institution.slug })
	]);
	const first = from ? monthStart(from) : timeline[0]?.month;
	const last = to ? monthStart(to) : timeline[timeline.length - 1]?.month;
	const months = first && last ? fillMonths(first, last) : [];
	return { institution, from, to, timeline, months, breakdown, tallies, people, counterparts, pledges, scorecard };
};
