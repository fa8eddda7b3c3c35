// The institution lists (/legislatures, /agencies): filtered, sorted, with counts by category from
// statement_rollup and a sparkline per row. Institutions with nothing counted are listed too, so a
// citizen still finds their DPRD and learns that nothing has been recorded for it yet.
import { sql } from 'kysely';
import type { Category, InstitutionKind, Level } from '$lib/domain/vocabulary';
import type { InstitutionFilters } from '$lib/filters/institution-filters';
import type { Db } from '../connect';
import { getSparklines } from './dashboard-overview';
import { filteredInstitutions } from './institution-where';

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

export async function listInstitutions(
	db: Db,
	kinds: readonly InstitutionKind[],
	filters: InstitutionFilters,
	page: { limit: number; offset: number; sparkMonths: string[] }
): Promise<InstitutionList> {
	const base = filteredInstitutions(db, kinds, filters);

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
