// The write side of the institution registry: alias lookups and creation, safe when several
// writers (the server and a CLI) create the same institution at once.
import type { Db } from '../connect';
import type { InstitutionKind, Level } from '$lib/domain/vocabulary';

export interface RegistryEntry {
	id: number;
	aliasNormalized: string;
	kind: InstitutionKind;
	level: Level | null;
	regionCode: string | null;
}

/** Institutions (followed through merges) by normalized alias. */
export async function findInstitutionsByAlias(db: Db, aliases: string[]): Promise<RegistryEntry[]> {
	if (aliases.length === 0) return [];
	const rows = await db
		.selectFrom('institution_aliases as a')
		.innerJoin('institutions as i', 'i.id', 'a.institution_id')
		.leftJoin('institutions as m', 'm.id', 'i.merged_into_id')
		.select((eb) => [
			'a.alias_normalized',
			eb.fn.coalesce('m.id', 'i.id').as('id'),
			eb.fn.coalesce('m.kind', 'i.kind').as('kind'),
			'i.level',
			'i.region_code'
		])
		.where('a.alias_normalized', 'in', aliases)
		.execute();
	return rows.map((r) => ({ id: r.id, aliasNormalized: r.alias_normalized, kind: r.kind as InstitutionKind, level: r.level, regionCode: r.region_code }));
}

export interface NewInstitution {
	slug: string;
	name: string;
	kind: InstitutionKind;
	level: Level | null;
	regionCode: string | null;
	parentId: number | null;
	isDemo: boolean;
}

/** Creates the institution, or returns the one that already holds its slug. */
export async function createInstitution(db: Db, institution: NewInstitution): Promise<number> {
	const inserted = await db
		.insertInto('institutions')
		.values({
			slug: institution.slug,
			name: institution.name,
			kind: institution.kind,
			level: institution.level,
			region_code: institution.regionCode,
			parent_id: institution.parentId,
			is_demo: institution.isDemo
		})
		.onConflict((oc) => oc.column('slug').doNothing())
		.returning('id')
		.executeTakeFirst();
	if (inserted) return inserted.id;
	const existing = await db.selectFrom('institutions').select(['id', 'merged_into_id']).where('slug', '=', institution.slug).executeTakeFirstOrThrow();
	return existing.merged_into_id ?? existing.id;
}

/** Adds aliases; an alias already pointing elsewhere keeps pointing there. */
export async function addInstitutionAliases(db: Db, aliases: { aliasNormalized: string; alias: string; institutionId: number }[]): Promise<void> {
	if (aliases.length === 0) return;
	const unique = [...new Map(aliases.map((a) => [a.aliasNormalized, a])).values()];
	await db
		.insertInto('institution_aliases')
		.values(unique.map((a) => ({ alias_normalized: a.aliasNormalized, alias: a.alias, institution_id: a.institutionId })))
		.onConflict((oc) => oc.column('alias_normalized').doNothing())
		.execute();
}

export async function regionCodesExisting(db: Db, codes: string[]): Promise<Set<string>> {
	if (codes.length === 0) return new Set();
	const rows = await db.selectFrom('regions').select('code').where('code', 'in', codes).execute();
	return new Set(rows.map((r) => r.code));
}
