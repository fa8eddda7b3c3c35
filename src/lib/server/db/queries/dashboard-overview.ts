// Overview page reads: monthly counts by category, provinces, most active institutions and the
// latest statements. Counts come from statement_rollup, never from scanning statements.
import type { Category, InstitutionKind, Level, StatementKind } from '$lib/domain/vocabulary';
import type { Db } from '../connect';
import { findStatementCards, mergeSentenceCards, type StatementCard } from './statement-cards';
import { provinceCodeSql } from './province';

export interface MonthCategoryCount {
	/** First day of the month, 'YYYY-MM-01'. */
	month: string;
	category: Category;
	count: number;
}

export interface RollupScope {
	kind?: StatementKind;
	institutionId?: number;
	/** Inclusive first day, 'YYYY-MM-DD'. */
	from?: string | null;
	/** Exclusive end day, 'YYYY-MM-DD'. */
	until?: string | null;
}

export async function getMonthlyCategoryCounts(db: Db, scope: RollupScope = {}): Promise<MonthCategoryCount[]> {
	let q = db
		.selectFrom('statement_rollup')
		.select(['month', 'category', (eb) => eb.fn.sum<number>('count').as('count')])
		.groupBy(['month', 'category'])
		.orderBy('month')
		.orderBy('category')
		.having((eb) => eb.fn.sum('count'), '>', 0);
	if (scope.kind) q = q.where('kind', '=', scope.kind);
	if (scope.institutionId !== undefined) q = q.where('institution_id', '=', scope.institutionId);
	if (scope.from) q = q.where('month', '>=', scope.from);
	if (scope.until) q = q.where('month', '<', scope.until);
	const rows = await q.execute();
	return rows.map((r) => ({ month: r.month, category: r.category, count: Number(r.count) }));
}

export interface ProvinceTotal {
	code: string;
	name: string;
	pledges: number;
	requests: number;
}

/** Every province (all 38, zeros included) with the statements of institutions seated in it. */
export async function getProvinceTotals(db: Db): Promise<ProvinceTotal[]> {
	const [provinces, sums] = await Promise.all([
		db.selectFrom('regions').select(['code', 'name']).where('level', '=', 'province').orderBy('code').execute(),
		db
			.selectFrom('statement_rollup as r')
			.innerJoin('institutions as i', 'i.id', 'r.institution_id')
			.innerJoin('regions as g', 'g.code', 'i.region_code')
			.select([
				provinceCodeSql().as('province'),
				'r.kind',
				(eb) => eb.fn.sum<number>('r.count').as('n')
			])
			.groupBy([provinceCodeSql(), 'r.kind'])
			.execute()
	]);
	const byCode = new Map(provinces.map((p) => [p.code, { code: p.code, name: p.name, pledges: 0, requests: 0 }]));
	for (const s of sums) {
		const p = s.province === null ? undefined : byCode.get(s.province);
		if (!p) continue;
		if (s.kind === 'pledge') p.pledges += Number(s.n);
		else p.requests += Number(s.n);
	}
	return [...byCode.values()];
}

export interface ActiveInstitution {
	id: number;
	slug: string;
	name: string;
	kind: InstitutionKind;
	level: Level | null;
	pledges: number;
	requests: number;
	/** Pledges per month over the sparkline window, oldest first, zeros filled. */
	sparkline: number[];
}

/** The first and last month that have any counted statement, or null when there is none. */
export async function getRollupSpan(db: Db): Promise<{ first: string; last: string } | null> {
	const row = await db
		.selectFrom('statement_rollup')
		.select((eb) => [eb.fn.min('month').as('first'), eb.fn.max('month').as('last')])
		.where('count', '>', 0)
		.executeTakeFirst();
	return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

/** Pledges per month for each institution over the given months (for sparklines). */
export async function getSparklines(db: Db, institutionIds: number[], months: string[]): Promise<Map<number, number[]>> {
	const result = new Map<number, number[]>(institutionIds.map((id) => [id, months.map(() => 0)]));
	if (institutionIds.length === 0 || months.length === 0) return result;
	const rows = await db
		.selectFrom('statement_rollup')
		.select(['institution_id', 'month', (eb) => eb.fn.sum<number>('count').as('n')])
		.where('institution_id', 'in', institutionIds)
		.where('kind', '=', 'pledge')
		.where('month', '>=', months[0])
		.where('month', '<=', months[months.length - 1])
		.groupBy(['institution_id', 'month'])
		.execute();
	const index = new Map(months.map((m, i) => [m, i]));
	for (const r of rows) {
		const i = index.get(r.month);
		const series = result.get(r.institution_id);
		if (i !== undefined && series) series[i] = Number(r.n);
	}
	return result;
}

export async function getMostActiveInstitutions(
	db: Db,
	kinds: readonly InstitutionKind[],
	limit: number,
	months: string[]
): Promise<ActiveInstitution[]> {
	const rows = await db
		.selectFrom('statement_rollup as r')
		.innerJoin('institutions as i', 'i.id', 'r.institution_id')
		.select([
			'i.id',
			'i.slug',
			'i.name',
			'i.kind',
			'i.level',
			(eb) => eb.fn.sum<number>(eb.case().when('r.kind', '=', 'pledge').then(eb.ref('r.count')).else(0).end()).as('pledges'),
			(eb) => eb.fn.sum<number>(eb.case().when('r.kind', '=', 'request').then(eb.ref('r.count')).else(0).end()).as('requests')
		])
		.where('i.kind', 'in', [...kinds])
		.where('i.merged_into_id', 'is', null)
		.groupBy(['i.id', 'i.slug', 'i.name', 'i.kind', 'i.level'])
		.having((eb) => eb.fn.sum('r.count'), '>', 0)
		.orderBy('pledges', 'desc')
		.orderBy('requests', 'desc')
		.orderBy('i.name')
		.limit(limit)
		.execute();
	const lines = await getSparklines(db, rows.map((r) => r.id), months);
	return rows.map((r) => ({
		...r,
		pledges: Number(r.pledges),
		requests: Number(r.requests),
		sparkline: lines.get(r.id) ?? []
	}));
}

/** The latest pledged sentences: a sentence given two categories is one card with both. */
export async function getLatestPledges(db: Db, limit: number): Promise<StatementCard[]> {
	// A sentence's rows sit next to each other in this order (same date, ids written together);
	// reading three rows per card leaves room for them, and a sentence cut at the end is dropped.
	const rows = await findStatementCards(db, { kind: 'pledge', limit: limit * 3 });
	const cards = mergeSentenceCards(rows);
	return rows.length === limit * 3 ? cards.slice(0, Math.min(limit, cards.length - 1)) : cards.slice(0, limit);
}

/** True while any demo article is loaded; answered from a partial index, not a scan. */
export async function hasDemoData(db: Db): Promise<boolean> {
	const row = await db.selectFrom('articles').select('id').where('is_demo', '=', true).limit(1).executeTakeFirst();
	return row !== undefined;
}
