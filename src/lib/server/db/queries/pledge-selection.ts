// What the current /pledges selection adds up to: statements per month by category (the chart of
// the selection) and the rupiah its pledges state. Same WHERE clause as the page and its exports.
import { sql } from 'kysely';
import type { Category } from '$lib/domain/vocabulary';
import type { PledgeFilters } from '$lib/filters/pledge-filters';
import type { Db } from '../connect';
import type { MonthCategoryCount } from './dashboard-overview';
import { filteredStatements, sentenceKeySql } from './pledge-where';
import { countKey, scaled, type CountSample } from './count-sample';
import { cachedRead } from './read-cache';

/**
 * Dated statements of the selection per month ('YYYY-MM-01') and category — category assignments,
 * as the overview's chart and the exports count them: a two-category sentence is in both stacks.
 * The overview reads the rollup; a selection (words, status, strength …) has to read statements.
 */
export async function getSelectionTimeline(db: Db, f: PledgeFilters, sample: CountSample | null = null): Promise<MonthCategoryCount[]> {
	const month = sql<string>`to_char(s.stated_on, 'YYYY-MM-01')`;
	const rows = await cachedRead(db, countKey('timeline', f, sample), () =>
		filteredStatements(db, f, undefined, sample)
			.where('s.stated_on', 'is not', null)
			.select([month.as('month'), 's.category', (eb) => eb.fn.countAll<number>().as('n')])
			.groupBy([month, 's.category'])
			.orderBy(month)
			.orderBy('s.category')
			.execute()
	);
	return rows.map((r) => ({ month: r.month, category: r.category as Category, count: scaled(Number(r.n), sample) }));
}

export interface SelectionAmounts {
	/** Sum of the stated amounts, in rupiah, each sentence counted once. */
	total: number;
	/** Pledges (sentences) that state an amount. */
	pledges: number;
	/** How many of them qualify it ("sekitar", "lebih dari", "hingga"). */
	qualified: number;
}

/**
 * The rupiah the selection's pledges state. A sentence split into two categories carries its one
 * amount on both rows, so amounts are taken once per sentence (the largest, should rows differ).
 * Requests are left out: what is asked for is not what is pledged.
 */
export async function getSelectionAmounts(db: Db, f: PledgeFilters, sample: CountSample | null = null): Promise<SelectionAmounts> {
	const row = await cachedRead(db, countKey('amounts', f, sample), () => {
		const perSentence = filteredStatements(db, f, undefined, sample)
			.where('s.kind', '=', 'pledge')
			.where('s.amount', 'is not', null)
			.select([
				sentenceKeySql().as('sentence'),
				(eb) => eb.fn.max('s.amount').as('amount'),
				sql<boolean>`bool_or(s.amount_qualifier is not null and s.amount_qualifier <> 'exact')`.as('qualified')
			])
			.groupBy(sentenceKeySql());
		return db
			.selectFrom(perSentence.as('p'))
			.select([
				sql<number>`coalesce(sum(p.amount), 0)::float8`.as('total'),
				sql<number>`count(*)::int`.as('pledges'),
				sql<number>`count(*) filter (where p.qualified)::int`.as('qualified')
			])
			.executeTakeFirstOrThrow();
	});
	return { total: scaled(Number(row.total), sample), pledges: scaled(Number(row.pledges), sample), qualified: scaled(Number(row.qualified), sample) };
}
