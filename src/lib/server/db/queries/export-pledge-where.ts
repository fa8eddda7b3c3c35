// The pledge filters of $lib/filters/pledge-filters as a WHERE clause, for exports and the API.
// Same semantics as filteredStatements() in pledges.ts (the /pledges page), which is not exported;
// kept in step by tests/db/export-pledges.test.ts, which compares both on the same fixture.
import { sql } from 'kysely';
import type { PledgeFilters } from '$lib/filters/pledge-filters';
import { monthAfter, monthStart } from '$lib/filters/url-params';
import type { Db } from '../connect';
import { matchesText, publicStatements } from './public-statements';

/** Public statements (never rejected, never on a syndicated copy) under the filters, with `i` the actor and `g` its region. */
export function exportableStatements(db: Db, f: PledgeFilters) {
	let q = publicStatements(db)
		.leftJoin('institutions as i', 'i.id', 's.actor_institution_id')
		.leftJoin('regions as g', 'g.code', 'i.region_code');
	if (f.q) q = q.where((eb) => matchesText(eb, f.q));
	if (f.institution) q = q.where('i.slug', '=', f.institution);
	if (f.category.length) q = q.where('s.category', 'in', f.category);
	if (f.kind.length) q = q.where('s.kind', 'in', f.kind);
	if (f.strength.length) q = q.where('s.strength', 'in', f.strength);
	if (f.status.length) q = q.where('s.status', 'in', f.status);
	if (f.review.length) q = q.where('s.review_status', 'in', f.review);
	if (f.level.length) q = q.where('i.level', 'in', f.level);
	if (f.province.length) q = q.where(sql<string>`coalesce(g.province_code, g.code)`, 'in', f.province);
	if (f.year.length) {
		q = q.where((eb) => eb.or(f.year.map((y) => eb.and([eb('s.stated_on', '>=', `${y}-01-01`), eb('s.stated_on', '<', `${y + 1}-01-01`)]))));
	}
	if (f.from) q = q.where('s.stated_on', '>=', monthStart(f.from));
	if (f.to) q = q.where('s.stated_on', '<', monthAfter(f.to));
	return q;
}
