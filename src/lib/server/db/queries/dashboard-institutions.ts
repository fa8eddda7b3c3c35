// The institution lists (/legislatures, /agencies): filtered, sorted, with counts by category from
// statement_rollup and a sparkline per row. Institutions with nothing counted are listed too, so a
// citizen still finds their DPRD and learns that nothing has been recorded for it yet.
import { sql } from 'kysely';
import type { Category, InstitutionKind, Level } from '$lib/domain/vocabulary';
import type { InstitutionFilters } from '$lib/filters/institution-filters';
import { monthAfter, monthStart } from '$lib/filters/url-params';
import type { Db } from '../connect';
import { getSparklines } from './dashboard-overview';

export interface InstitutionListRow {
	id: number;
	slug: string;
	name: string;
	kind: InstitutionKind;
	level: Level | null;
	regionName: string | null;
	pledges: number;
	requests: number;
	byCategory: Record<Category, number>;
	/** Latest month with a counted statement, 'YYYY-MM-01'. */
	lastMonth: string | null;
	sparkline: number[];
}

export interface InstitutionList {
	rows: InstitutionListRow[];
	total: number;
}

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listInstitutions(
	db: Db,
	kinds: readonly InstitutionKind[],
	filters: InstitutionFilters,
	page: { limit: number; offset: number; sparkMonths: string[] }
): Promise<InstitutionList> {
	let counts = db
		.selectFrom('statement_rollup')
		.select((eb) => {
			return [
				'institution_id',
				eb.fn.sum<number>(sql`case when kind = 'pledge' then count else 0 end`).as('pledges'),
				eb.fn.sum<number>(sql`case when kind = 'request' then count else 0 end`).as('requests'),
				eb.fn.sum<number>(sql`case when kind = 'pledge' and category = 'budget' then count else 0 end`).as('budget'),
				eb.fn.sum<number>(sql`case when kind = 'pledge' and category = 'oversight' then count else 0 end`).as('oversight'),
				eb.fn.sum<number>(sql`case when kind = 'pledge' and category = 'program' then count else 0 end`).as('program'),
				eb.fn.sum<number>(sql`case when kind = 'pledge' and category = 'regulation' then count else 0 end`).as('regulation'),
				eb.fn.sum<number>(sql`case when kind = 'pledge' and category = 'other' then count else 0 end`).as('other'),
				eb.fn.max(sql<string>`case when count > 0 then month end`).as('last_month')
			];
		})
		.groupBy('institution_id');
	if (filters.from) counts = counts.where('month', '>=', monthStart(filters.from));
	if (filters.to) counts = counts.where('month', '<', monthAfter(filters.to));

	let base = db
		.selectFrom('institutions as i')
		.leftJoin(counts.as('c'), 'c.institution_id', 'i.id')
		.leftJoin('regions as g', 'g.code', 'i.region_code')
		.where('i.kind', 'in', [...kinds])
		.where('i.merged_into_id', 'is', null);
	if (filters.level.length) base = base.where('i.level', 'in', filters.level);
	if (filters.province.length) base = base.where(sql<string>`coalesce(g.province_code, g.code)`, 'in', filters.province);
	if (filters.q) base = base.where('i.name', 'ilike', `%${escapeLike(filters.q)}%`);
	// A period filter means "active in that period": listing silent institutions would hide the answer.
	if (filters.from || filters.to) base = base.where('c.institution_id', 'is not', null);

	const pledges = sql<number>`coalesce(c.pledges, 0)`;
	let rowsQuery = base
		.select([
			'i.id',
			'i.slug',
			'i.name',
			'i.kind',
			'i.level',
			'g.name as region_name',
			pledges.as('pledges'),
			sql<number>`coalesce(c.requests, 0)`.as('requests'),
			sql<number>`coalesce(c.budget, 0)`.as('budget'),
			sql<number>`coalesce(c.oversight, 0)`.as('oversight'),
			sql<number>`coalesce(c.program, 0)`.as('program'),
			sql<number>`coalesce(c.regulation, 0)`.as('regulation'),
			sql<number>`coalesce(c.other, 0)`.as('other'),
			'c.last_month'
		])
		.limit(page.limit)
		.offset(page.offset);
	if (filters.sort === 'name') rowsQuery = rowsQuery.orderBy('i.name').orderBy('i.id');
	else if (filters.sort === 'requests') rowsQuery = rowsQuery.orderBy(sql`coalesce(c.requests, 0)`, 'desc').orderBy('i.name');
	else if (filters.sort === 'recent') rowsQuery = rowsQuery.orderBy('c.last_month', (o) => o.desc().nullsLast()).orderBy('i.name');
	else rowsQuery = rowsQuery.orderBy(pledges, 'desc').orderBy(sql`coalesce(c.requests, 0)`, 'desc').orderBy('i.name');

	const [rows, total] = await Promise.all([
		rowsQuery.execute(),
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	const lines = await getSparklines(db, rows.map((r) => r.id), page.sparkMonths);
	return {
		total: Number(total.n),
		rows: rows.map((r) => ({
			id: r.id,
			slug: r.slug,
			name: r.name,
			kind: r.kind,
			level: r.level,
			regionName: r.region_name,
			pledges: Number(r.pledges),
			requests: Number(r.requests),
			byCategory: {
				budget: Number(r.budget),
				oversight: Number(r.oversight),
				program: Number(r.program),
				regulation: Number(r.regulation),
				other: Number(r.other)
			},
			lastMonth: r.last_month ?? null,
			sparkline: lines.get(r.id) ?? []
		}))
	};
}

/** Provinces for the filter menus. */
export async function listProvinces(db: Db): Promise<{ code: string; name: string }[]> {
	return db.selectFrom('regions').select(['code', 'name']).where('level', '=', 'province').orderBy('name').execute();
}
