// Shared load for /legislatures and /agencies: parse the URL filters, read one page of the list.
import { fillMonths } from '$lib/charts/timeline';
import { LIST_GROUPS, parseInstitutionFilters, type ListGroup } from '$lib/filters/institution-filters';
import { getReadDb } from '$lib/server/db/public-reads';
import { listInstitutions, listProvinces } from '$lib/server/db/queries/dashboard-institutions';
import { getRollupSpan } from '$lib/server/db/queries/dashboard-overview';
import { getScorecards } from '$lib/server/db/queries/scorecards';

const PAGE_SIZE = 50;

export async function loadInstitutionList(group: ListGroup, url: URL, locals: App.Locals) {
	const db = getReadDb(locals);
	const filters = parseInstitutionFilters(url.searchParams);
	const page = Math.max(1, Math.min(1000, Number(url.searchParams.get('page')) || 1));
	const span = await getRollupSpan(db);
	const sparkMonths = span ? fillMonths(span.first, span.last).slice(-24) : [];
	const [list, provinces] = await Promise.all([
		listInstitutions(db, LIST_GROUPS[group], filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, sparkMonths }),
		listProvinces(db)
	]);
	// Every row's scorecard in one grouped query over the page's institutions.
	const cards = await getScorecards(db, list.rows.map((r) => r.id));
	const rows = list.rows.map((r) => ({ ...r, scorecard: cards.get(r.id)! }));
	return { group, filters, page, pageSize: PAGE_SIZE, list: { ...list, rows }, provinces, sparkMonths: sparkMonths.length };
}
