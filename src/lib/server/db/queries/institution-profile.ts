// One institution's profile: who it is, what it pledged (rollup for timelines and category counts,
// its own statements for strength and status), who spoke for it, and its counterparts.
import type { Category, InstitutionKind, Level, PledgeStatus, StatementKind, Strength } from '$lib/domain/vocabulary';
import type { Db } from '../connect';
import { publicStatements } from './public-statements';
import { cachedRead } from './read-cache';
import type { InstitutionRef } from './statement-cards';
import { provinceCodeSql } from './province';

export interface InstitutionHeader {
	id: number;
	slug: string;
	name: string;
	kind: InstitutionKind;
	level: Level | null;
	regionCode: string | null;
	regionName: string | null;
	provinceCode: string | null;
	parent: InstitutionRef | null;
	aliases: string[];
}

export type InstitutionLookup = { found: InstitutionHeader } | { redirect: string } | null;

/** Finds an institution by slug; merged records and old slugs answer with the slug to redirect to. */
export async function findInstitutionBySlug(db: Db, slug: string): Promise<InstitutionLookup> {
	const row = await db
		.selectFrom('institutions as i')
		.leftJoin('regions as g', 'g.code', 'i.region_code')
		.leftJoin('institutions as parent', 'parent.id', 'i.parent_id')
		.leftJoin('institutions as merged', 'merged.id', 'i.merged_into_id')
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
			'parent.name as parent_name',
			'merged.slug as merged_slug'
		])
		.where('i.slug', '=', slug)
		.executeTakeFirst();
	if (!row) {
		const moved = await db
			.selectFrom('slug_redirects as r')
			.innerJoin('institutions as i', 'i.id', 'r.institution_id')
			.select('i.slug')
			.where('r.old_slug', '=', slug)
			.executeTakeFirst();
		return moved ? { redirect: moved.slug } : null;
	}
	if (row.merged_slug) return { redirect: row.merged_slug };
	const aliases = await db
		.selectFrom('institution_aliases')
		.select('alias')
		.where('institution_id', '=', row.id)
		.orderBy('alias')
		.limit(12)
		.execute();
	return {
		found: {
			id: row.id,
			slug: row.slug,
			name: row.name,
			kind: row.kind,
			level: row.level,
			regionCode: row.region_code,
			regionName: row.region_name,
			provinceCode: row.province_code,
			parent: row.parent_slug && row.parent_name ? { slug: row.parent_slug, name: row.parent_name } : null,
			aliases: aliases.map((a) => a.alias).filter((a) => a.toLowerCase() !== row.name.toLowerCase())
		}
	};
}

export interface KindCategoryCount {
	kind: StatementKind;
	category: Category;
	count: number;
}

export async function getCategoryBreakdown(db: Db, institutionId: number): Promise<KindCategoryCount[]> {
	const rows = await db
		.selectFrom('statement_rollup')
		.select(['kind', 'category', (eb) => eb.fn.sum<number>('count').as('count')])
		.where('institution_id', '=', institutionId)
		.groupBy(['kind', 'category'])
		.having((eb) => eb.fn.sum('count'), '>', 0)
		.orderBy('kind')
		.orderBy('category')
		.execute();
	return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export interface PledgeTallies {
	strength: Record<Strength, number>;
	status: Record<PledgeStatus, number>;
	reviewed: number;
	total: number;
}

/** Strength and status of the institution's public pledges (its own rows, through the actor index). */
export function getPledgeTallies(db: Db, institutionId: number): Promise<PledgeTallies> {
	// Aggregates over all of a busy institution's statements: cached per data version (read-cache.ts).
	return cachedRead(db, `profile-tallies:${institutionId}`, () => readPledgeTallies(db, institutionId));
}

async function readPledgeTallies(db: Db, institutionId: number): Promise<PledgeTallies> {
	const rows = await publicStatements(db)
		.select(['s.strength', 's.status', 's.review_status', (eb) => eb.fn.countAll<number>().as('n')])
		.where('s.actor_institution_id', '=', institutionId)
		.where('s.kind', '=', 'pledge')
		.groupBy(['s.strength', 's.status', 's.review_status'])
		.execute();
	const tallies: PledgeTallies = {
		strength: { firm: 0, conditional: 0, hedged: 0 },
		status: { not_yet_rated: 0, in_progress: 0, kept: 0, partly_kept: 0, broken: 0, stalled: 0 },
		reviewed: 0,
		total: 0
	};
	for (const r of rows) {
		const n = Number(r.n);
		tallies.strength[r.strength] += n;
		tallies.status[r.status] += n;
		if (r.review_status !== 'auto') tallies.reviewed += n;
		tallies.total += n;
	}
	return tallies;
}

export interface Spokesperson {
	slug: string;
	name: string;
	titles: string[];
	statements: number;
	lastSeen: string | null;
}

export function getSpokespeople(db: Db, institutionId: number, limit = 20): Promise<Spokesperson[]> {
	return cachedRead(db, `profile-people:${institutionId}:${limit}`, () => readSpokespeople(db, institutionId, limit));
}

async function readSpokespeople(db: Db, institutionId: number, limit: number): Promise<Spokesperson[]> {
	const [roles, counts] = await Promise.all([
		db
			.selectFrom('roles as r')
			.innerJoin('people as p', 'p.id', 'r.person_id')
			.select(['p.id', 'p.slug', 'p.name', 'r.title', 'r.last_seen'])
			.where('r.institution_id', '=', institutionId)
			.orderBy('r.last_seen', (o) => o.desc().nullsLast())
			.execute(),
		publicStatements(db)
			.select(['s.speaker_person_id', (eb) => eb.fn.countAll<number>().as('n')])
			.where('s.actor_institution_id', '=', institutionId)
			.where('s.speaker_person_id', 'is not', null)
			.groupBy('s.speaker_person_id')
			.execute()
	]);
	const count = new Map(counts.map((c) => [c.speaker_person_id, Number(c.n)]));
	const people = new Map<number, Spokesperson>();
	for (const r of roles) {
		const p = people.get(r.id) ?? { slug: r.slug, name: r.name, titles: [], statements: count.get(r.id) ?? 0, lastSeen: r.last_seen };
		if (!p.titles.includes(r.title)) p.titles.push(r.title);
		if (r.last_seen && (!p.lastSeen || r.last_seen > p.lastSeen)) p.lastSeen = r.last_seen;
		people.set(r.id, p);
	}
	return [...people.values()].sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name)).slice(0, limit);
}

export interface Counterpart {
	institution: InstitutionRef;
	category: Category;
	count: number;
}

export interface Counterparts {
	/** Requests other institutions addressed to this one. */
	askedBy: Counterpart[];
	/** Pledges this institution made towards another one. */
	pledgedTo: Counterpart[];
	/** Requests this institution addressed to others. */
	asked: Counterpart[];
}

async function groupedCounterparts(
	db: Db,
	kind: StatementKind,
	filterColumn: 's.target_institution_id' | 's.actor_institution_id',
	otherColumn: 's.target_institution_id' | 's.actor_institution_id',
	institutionId: number
): Promise<Counterpart[]> {
	const rows = await publicStatements(db)
		.innerJoin('institutions as other', 'other.id', otherColumn)
		.select(['other.slug', 'other.name', 's.category', (eb) => eb.fn.countAll<number>().as('n')])
		.where(filterColumn, '=', institutionId)
		.where('s.kind', '=', kind)
		.groupBy(['other.slug', 'other.name', 's.category'])
		.orderBy('n', 'desc')
		.orderBy('other.name')
		.limit(30)
		.execute();
	return rows.map((r) => ({ institution: { slug: r.slug, name: r.name }, category: r.category, count: Number(r.n) }));
}

export function getCounterparts(db: Db, institutionId: number): Promise<Counterparts> {
	return cachedRead(db, `profile-counterparts:${institutionId}`, () => readCounterparts(db, institutionId));
}

async function readCounterparts(db: Db, institutionId: number): Promise<Counterparts> {
	const [askedBy, pledgedTo, asked] = await Promise.all([
		groupedCounterparts(db, 'request', 's.target_institution_id', 's.actor_institution_id', institutionId),
		groupedCounterparts(db, 'pledge', 's.actor_institution_id', 's.target_institution_id', institutionId),
		groupedCounterparts(db, 'request', 's.actor_institution_id', 's.target_institution_id', institutionId)
	]);
	return { askedBy, pledgedTo, asked };
}
