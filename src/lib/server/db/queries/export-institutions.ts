// Read side of the institution exports (/legislatures.*, /agencies.*, the bulk dump and Popolo):
// live (not merged) institutions under the list filters, with counted statements from the rollup.
// Filters shared with listInstitutions() via institution-where.ts; ordered by id for keyset paging.
import { sql } from 'kysely';
import type { InstitutionKind, Level } from '$lib/domain/vocabulary';
import type { InstitutionFilters } from '$lib/filters/institution-filters';
import type { Db } from '../connect';
import { filteredInstitutions } from './institution-where';
import { provinceCodeSql } from './province';

export interface InstitutionExportRow {
	id: number;
	slug: string;
	name: string;
	kind: InstitutionKind;
	level: Level | null;
	regionCode: string | null;
	regionName: string | null;
	provinceCode: string | null;
	parentSlug: string | null;
	pledges: number;
	requests: number;
	pledgesBudget: number;
	pledgesOversight: number;
	pledgesProgram: number;
	pledgesRegulation: number;
	pledgesOther: number;
	/** 'YYYY-MM' of the latest counted statement. */
	lastMonth: string | null;
	isDemo: boolean;
}

export async function findInstitutionsAfter(
	db: Db,
	kinds: readonly InstitutionKind[] | null,
	f: InstitutionFilters,
	after: number | null,
	limit: number,
	slug?: string
): Promise<InstitutionExportRow[]> {
	let q = filteredInstitutions(db, kinds, f)
		.leftJoin('institutions as parent', 'parent.id', 'i.parent_id')
		.select([
			'i.id',
			'i.slug',
			'i.name',
			'i.kind',
			'i.level',
			'i.region_code',
			'g.name as region_name',
			provinceCodeSql().as('province_code'),
			'parent.slug as parent_slug',
			'i.is_demo',
			sql<number>`coalesce(c.pledges, 0)`.as('pledges'),
			sql<number>`coalesce(c.requests, 0)`.as('requests'),
			sql<number>`coalesce(c.budget, 0)`.as('budget'),
			sql<number>`coalesce(c.oversight, 0)`.as('oversight'),
			sql<number>`coalesce(c.program, 0)`.as('program'),
			sql<number>`coalesce(c.regulation, 0)`.as('regulation'),
			sql<number>`coalesce(c.other, 0)`.as('other'),
			'c.last_month'
		]);
	if (after !== null) q = q.where('i.id', '>', after);
	if (slug !== undefined) q = q.where('i.slug', '=', slug);
	const rows = await q.orderBy('i.id').limit(limit).execute();
	return rows.map((r) => ({
		id: r.id,
		slug: r.slug,
		name: r.name,
		kind: r.kind,
		level: r.level,
		regionCode: r.region_code,
		regionName: r.region_name,
		provinceCode: r.province_code,
		parentSlug: r.parent_slug,
		pledges: Number(r.pledges),
		requests: Number(r.requests),
		pledgesBudget: Number(r.budget),
		pledgesOversight: Number(r.oversight),
		pledgesProgram: Number(r.program),
		pledgesRegulation: Number(r.regulation),
		pledgesOther: Number(r.other),
		lastMonth: r.last_month ? r.last_month.slice(0, 7) : null,
		isDemo: r.is_demo
	}));
}

export async function countInstitutions(db: Db, kinds: readonly InstitutionKind[] | null, f: InstitutionFilters): Promise<number> {
	const row = await filteredInstitutions(db, kinds, f)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
