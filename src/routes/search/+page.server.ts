// /search?q=…: what the header's search box finds — institutions by their everyday names (or a
// person who spoke for them) and the statements that match, each linking to its full filtered list.
import type { PageServerLoad } from './$types';
import { LIST_GROUPS, parseInstitutionFilters } from '$lib/filters/institution-filters';
import { parsePledgeFilters } from '$lib/filters/pledge-filters';
import { readText } from '$lib/filters/url-params';
import { getReadDb } from '$lib/server/db/public-reads';
import { listInstitutions } from '$lib/server/db/queries/dashboard-institutions';
import { searchPledges } from '$lib/server/db/queries/pledges';

const SHOWN = { institutions: 6, pledges: 10 };

export const load: PageServerLoad = async ({ url, locals }) => {
	// The same reading of q as the lists it links to, so the counts here are the counts there.
	const q = readText(url.searchParams, 'q', 100);
	if (!q) return { q, results: null };
	const db = getReadDb(locals);
	const params = new URLSearchParams({ q });
	const institutionFilters = parseInstitutionFilters(params);
	const page = { limit: SHOWN.institutions, offset: 0, sparkMonths: [] };
	const [legislatures, agencies, pledges] = await Promise.all([
		listInstitutions(db, LIST_GROUPS.legislatures, institutionFilters, page),
		listInstitutions(db, LIST_GROUPS.agencies, institutionFilters, page),
		searchPledges(db, parsePledgeFilters(params), null, SHOWN.pledges)
	]);
	return { q, results: { legislatures, agencies, pledges } };
};
