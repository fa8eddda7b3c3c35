// The institution-list filters of $lib/filters/institution-filters as one query: live (not merged)
// institutions of the given kinds, with counted statements by kind and category from the rollup
// as `c`, and their region as `g`. Shared by /legislatures, /agencies and their exports, so a
// list and its download always agree.
import { sql } from 'kysely';
import type { InstitutionKind } from '$lib/domain/vocabulary';
import type { InstitutionFilters } from '$lib/filters/institution-filters';
import { monthAfter, monthStart } from '$lib/filters/url-params';
import { expandSearchText } from '$lib/server/resolve/search-vocabulary';
import type { Db } from '../connect';
import { institutionsOrTheirPeopleNamed } from './name-search';
import { provinceCodeSql } from './province';

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function rollupCounts(db: Db, f: InstitutionFilters) {
	const pledgesIn = (category: string) => sql<number>`case when kind = 'pledge' and category = ${category} then count else 0 end`;
	let counts = db
		.selectFrom('statement_rollup')
		.select((eb) => [
			'institution_id',
			eb.fn.sum<number>(sql`case when kind = 'pledge' then count else 0 end`).as('pledges'),
			eb.fn.sum<number>(sql`case when kind = 'request' then count else 0 end`).as('requests'),
			eb.fn.sum<number>(pledgesIn('budget')).as('budget'),
			eb.fn.sum<number>(pledgesIn('oversight')).as('oversight'),
			eb.fn.sum<number>(pledgesIn('program')).as('program'),
			eb.fn.sum<number>(pledgesIn('regulation')).as('regulation'),
			eb.fn.sum<number>(pledgesIn('other')).as('other'),
			eb.fn.max(sql<string>`case when count > 0 then month end`).as('last_month')
		])
		.groupBy('institution_id');
	if (f.from) counts = counts.where('month', '>=', monthStart(f.from));
	if (f.to) counts = counts.where('month', '<', monthAfter(f.to));
	return counts;
}

/** `kinds` null means every kind (the bulk dump and Popolo). */
export function filteredInstitutions(db: Db, kinds: readonly InstitutionKind[] | null, f: InstitutionFilters) {
	let q = db
		.selectFrom('institutions as i')
		.leftJoin(rollupCounts(db, f).as('c'), 'c.institution_id', 'i.id')
		.leftJoin('regions as g', 'g.code', 'i.region_code')
		.where('i.merged_into_id', 'is', null);
	if (kinds) q = q.where('i.kind', 'in', [...kinds]);
	if (f.level.length) q = q.where('i.level', 'in', f.level);
	if (f.province.length) q = q.where(provinceCodeSql(), 'in', f.province);
	if (f.q) {
		// By everyday names ("Kalteng", "Pemprov Jatim"), aliases, or a person who spoke for it.
		const search = expandSearchText(f.q);
		q = search.terms.length ? q.where(sql<boolean>`i.id = any(${institutionsOrTheirPeopleNamed(db, search)})`) : q.where('i.name', 'ilike', `%${escapeLike(f.q)}%`);
	}
	// A period filter means "active in that period": listing silent institutions would hide the answer.
	if (f.from || f.to) q = q.where('c.institution_id', 'is not', null);
	return q;
}
