import type { PageServerLoad } from './$types';
import { fillMonths } from '$lib/charts/timeline';
import { parsePledgeFilters } from '$lib/filters/pledge-filters';
import { getReadDb } from '$lib/server/db/public-reads';
import { listProvinces } from '$lib/server/db/queries/dashboard-institutions';
import { countSampleFor } from '$lib/server/db/queries/count-sample';
import { getPledgeFacets, searchPledges } from '$lib/server/db/queries/pledges';
import { countOverduePledges } from '$lib/server/db/queries/pledges-overdue';
import { getSelectionAmounts, getSelectionTimeline } from '$lib/server/db/queries/pledge-selection';

export const load: PageServerLoad = async ({ url, locals }) => {
	const db = getReadDb(locals);
	const filters = parsePledgeFilters(url.searchParams);
	const cursor = url.searchParams.get('cursor');
	// A broad selection (a common word over a large archive) is counted on a sample: estimates.
	const sample = await countSampleFor(db, filters);
	const [results, facets, overdueCount, provinces, timeline, amounts] = await Promise.all([
		searchPledges(db, filters, cursor, 25, sample),
		getPledgeFacets(db, filters, sample),
		countOverduePledges(db, filters, sample),
		listProvinces(db),
		getSelectionTimeline(db, filters, sample),
		getSelectionAmounts(db, filters, sample)
	]);
	const months = timeline.length ? fillMonths(timeline[0].month, timeline[timeline.length - 1].month) : [];
	return { filters, cursor, results, facets, overdueCount, provinces, timeline, months, amounts };
};
