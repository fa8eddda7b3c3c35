import type { PageServerLoad } from './$types';
import { parsePledgeFilters } from '$lib/filters/pledge-filters';
import { getDb } from '$lib/server/db/instance';
import { listProvinces } from '$lib/server/db/queries/dashboard-institutions';
import { getPledgeFacets, searchPledges } from '$lib/server/db/queries/pledges';
import { countOverduePledges } from '$lib/server/db/queries/pledges-overdue';

export const load: PageServerLoad = async ({ url }) => {
	const db = getDb();
	const filters = parsePledgeFilters(url.searchParams);
	const cursor = url.searchParams.get('cursor');
	const [results, facets, overdueCount, provinces] = await Promise.all([
		searchPledges(db, filters, cursor, 25),
		getPledgeFacets(db, filters),
		countOverduePledges(db, filters),
		listProvinces(db)
	]);
	return { filters, cursor, results, facets, overdueCount, provinces };
};
