// The pledge filters of $lib/filters/pledge-filters as a WHERE clause: one definition shared by the
// /pledges page, its facet counts, the exports and the API, so a view and its download always agree.
import { sql } from 'kysely';
import type { PledgeFacet, PledgeFilters } from '$lib/filters/pledge-filters';
import { monthAfter, monthStart } from '$lib/filters/url-params';
import { expandSearchText } from '$lib/server/resolve/search-vocabulary';
import type { Db } from '../connect';
import type { CountSample } from './count-sample';
import { statementIdsNamed } from './name-search';
import { overdueSql } from './overdue';
import { matchesText, publicStatements } from './public-statements';
import { provinceCodeSql } from './province';

/**
 * Public statements (never rejected, never on a syndicated copy) matching every filter except
 * `except` (a facet's counts ignore its own selection), with `i` the actor and `g` its region;
 * on a sample of the articles when counting a broad selection (./count-sample.ts).
 */
export function filteredStatements(db: Db, f: PledgeFilters, except?: PledgeFacet, sample?: CountSample | null) {
	let q = publicStatements(db, sample?.percent)
		.leftJoin('institutions as i', 'i.id', 's.actor_institution_id')
		.leftJoin('regions as g', 'g.code', 'i.region_code');
	if (f.q) {
		// Everyday names ("DPRD Kalteng", "Central Java") and speakers' names count as well as the words.
		const search = expandSearchText(f.q);
		q = search.terms.length ? q.where('s.id', 'in', statementIdsNamed(db, search)) : q.where((eb) => matchesText(eb, f.q));
	}
	if (f.institution) q = q.where('i.slug', '=', f.institution);
	if (f.category.length && except !== 'category') q = q.where('s.category', 'in', f.category);
	if (f.kind.length && except !== 'kind') q = q.where('s.kind', 'in', f.kind);
	if (f.strength.length && except !== 'strength') q = q.where('s.strength', 'in', f.strength);
	if (f.status.length && except !== 'status') q = q.where('s.status', 'in', f.status);
	if (f.review.length && except !== 'review') q = q.where('s.review_status', 'in', f.review);
	if (f.actorKind.length && except !== 'actorKind') q = q.where('i.kind', 'in', f.actorKind);
	if (f.level.length && except !== 'level') q = q.where('i.level', 'in', f.level);
	if (f.province.length && except !== 'province') q = q.where(provinceCodeSql(), 'in', f.province);
	if (f.year.length && except !== 'year') {
		q = q.where((eb) =>
			eb.or(f.year.map((y) => eb.and([eb('s.stated_on', '>=', `${y}-01-01`), eb('s.stated_on', '<', `${y + 1}-01-01`)])))
		);
	}
	if (f.overdue) q = q.where(overdueSql());
	if (f.notOverdue) q = q.where(sql<boolean>`not ${overdueSql()}`);
	if (f.dueFrom) q = q.where('s.due_on', '>=', monthStart(f.dueFrom));
	if (f.dueTo) q = q.where('s.due_on', '<', monthAfter(f.dueTo));
	if (f.from) q = q.where('s.stated_on', '>=', monthStart(f.from));
	if (f.to) q = q.where('s.stated_on', '<', monthAfter(f.to));
	return q;
}


/**
 * One sentence, whatever number of categories it was given: the design stores "melalui fungsi
 * pengawasan dan anggaran" as two statements (oversight, budget) sharing one evidence span, actor
 * and article. Lists show such a sentence once and count it once; rows stay one per category.
 */
export const SENTENCE_COLUMNS = ['s.kind', 's.article_id', 's.actor_institution_id', 's.evidence_start', 's.evidence_end'] as const;
export const sentenceKeySql = () =>
	sql<string>`concat_ws(':', s.kind, s.article_id, coalesce(s.actor_institution_id::text, '-'), s.evidence_start, s.evidence_end)`;

/**
 * True when no earlier statement (lower id) of the same sentence also matches the filters: `s`
 * leads its sentence, so a page lists each sentence once while still walking the (stated_on, id)
 * indexes with a LIMIT. Siblings share article, actor and date, so only the filters on the
 * statement's own columns need repeating for `s2`.
 */
export function leadsItsSentence(db: Db, f: PledgeFilters) {
	let earlier = db
		.selectFrom('statements as s2')
		.select(sql<number>`1`.as('one'))
		.where(sql<boolean>`s2.article_id = s.article_id and s2.kind = s.kind and s2.evidence_start = s.evidence_start and s2.evidence_end = s.evidence_end`)
		.where(sql<boolean>`s2.actor_institution_id is not distinct from s.actor_institution_id and s2.stated_on is not distinct from s.stated_on and s2.id < s.id`)
		.where('s2.review_status', '<>', 'rejected');
	if (f.category.length) earlier = earlier.where('s2.category', 'in', f.category);
	if (f.strength.length) earlier = earlier.where('s2.strength', 'in', f.strength);
	if (f.status.length) earlier = earlier.where('s2.status', 'in', f.status);
	if (f.review.length) earlier = earlier.where('s2.review_status', 'in', f.review);
	if (f.overdue) earlier = earlier.where(overdueSql('s2'));
	if (f.notOverdue) earlier = earlier.where(sql<boolean>`not ${overdueSql('s2')}`);
	if (f.dueFrom) earlier = earlier.where('s2.due_on', '>=', monthStart(f.dueFrom));
	if (f.dueTo) earlier = earlier.where('s2.due_on', '<', monthAfter(f.dueTo));
	return sql<boolean>`not exists (${earlier})`;
}
