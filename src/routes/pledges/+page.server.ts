import type { PageServerLoad } from './$types';
import { fillMonths } from '$lib/charts/timeline';
import { parsePledgeFilters } from '$lib/filters/pledge-filters';
import { getReadDb } from '$lib/server/db/public-reads';
import { listProvinces } from '$lib/server/db/queries/dashboard-institutions';
import { getPledgeFacets, searchPledges } from '$lib/server/db/queries/pledges';
import { countOverduePledges } from '$lib/server/db/queries/pledges-overdue';
import { getSelectionAmounts, getSelectionTimeline } from '$lib/server/db/queries/pledge-selection';

export const load: PageServerLoad = async ({ url, locals }) => {
	const db = getReadDb(locals);
	const filters = parsePledgeFilters(url.searchParams);
	const cursor = url.searchParams.get('cursor');
	const [results, facets, overdueCount, provinces, timeline, amounts] = await Promise.all([
		searchPledges(db, filters, cursor, 25),
		getPledgeFacets(db, filters),
		countOverduePledges(db, filters),
		listProvinces(db),
		getSelectionTimeline(db, filters),
		getSelectionAmounts(db, filters)
	]);
	const months = timeline.length ? fillMonths(timeline[0].month, timeline[timeline.length - 1].month) : [];
	return { filters, cursor, results, facets, overdueCount, provinces, timeline, months, amounts };
};
