import type { PageServerLoad } from './$types';
import { fillMonths } from '$lib/charts/timeline';
import { LIST_GROUPS } from '$lib/filters/institution-filters';
import { getReadDb } from '$lib/server/db/public-reads';
import {
	getLatestPledges,
	getMonthlyCategoryCounts,
	getMostActiveInstitutions,
	getProvinceTotals,
	getRollupSpan
} from '$lib/server/db/queries/dashboard-overview';
import { getOverviewCounts } from '$lib/server/db/queries/overview';
import { getDueThisQuarter, getRecentlyDelivered, getScorecard } from '$lib/server/db/queries/scorecards';

export const load: PageServerLoad = async ({ locals }) => {
	const db = getReadDb(locals);
	const span = await getRollupSpan(db);
	const months = span ? fillMonths(span.first, span.last) : [];
	const sparkMonths = months.slice(-24);
	const [counts, timeline, legislatures, agencies, provinces, latest, scorecard, due, delivered] = await Promise.all([
		getOverviewCounts(db),
		getMonthlyCategoryCounts(db, { kind: 'pledge' }),
		getMostActiveInstitutions(db, LIST_GROUPS.legislatures, 6, sparkMonths),
		getMostActiveInstitutions(db, LIST_GROUPS.agencies, 6, sparkMonths),
		getProvinceTotals(db),
		getLatestPledges(db, 6),
		getScorecard(db, {}),
		getDueThisQuarter(db, 4),
		getRecentlyDelivered(db, 4)
	]);
	return { counts, months, sparkMonths: sparkMonths.length, timeline, legislatures, agencies, provinces, latest, scorecard, due, delivered };
};
