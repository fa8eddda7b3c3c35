// Institution registry maintenance: listing for editors, details, renames with history, merges of
// duplicates (aliases, statements, roles, mentions move; the old slug redirects).
import { sql, type UpdateResult } from 'kysely';
import type { InstitutionKind, Level } from '$lib/domain/vocabulary';
import type { Db } from '../connect';

export interface InstitutionRefRow {
	id: number;
	slug: string;
	name: string;
}

export interface InstitutionAdminRow {
	id: number;
	slug: string;
	name: string;
	kind: InstitutionKind;
	level: Level | null;
	regionCode: string | null;
	parentId: number | null;
	parentSlug: string | null;
	mergedIntoId: number | null;
	statementCount: number;
	aliasCount: number;
}

export interface InstitutionDetails {
	kind: InstitutionKind;
	level: Level | null;
	regionCode: string | null;
	parentId: number | null;
}

export async function findInstitutionRefBySlug(db: Db, slug: string): Promise<InstitutionRefRow | null> {
	const row = await db
		.selectFrom('institutions')
		.select(['id', 'slug', 'name'])
		.where('slug', '=', slug)
		.where('merged_into_id', 'is', null)
		.executeTakeFirst();
	return row ?? null;
}

export async function listInstitutionsForAdmin(db: Db, options: { q: string; limit: number }): Promise<InstitutionAdminRow[]> {
	let query = db
		.selectFrom('institutions as i')
		.leftJoin('institutions as parent', 'parent.id', 'i.parent_id')
		.select((eb) => [
			'i.id',
			'i.slug',
			'i.name',
			'i.kind',
			'i.level',
			'i.region_code',
			'i.parent_id',
			'parent.slug as parent_slug',
			'i.merged_into_id',
			eb
				.selectFrom('statements')
				.select((s) => s.fn.countAll<number>().as('n'))
				.whereRef('statements.actor_institution_id', '=', 'i.id')
				.as('statement_count'),
			eb
				.selectFrom('institution_aliases')
				.select((s) => s.fn.countAll<number>().as('n'))
				.whereRef('institution_aliases.institution_id', '=', 'i.id')
				.as('alias_count')
		])
		.where('i.merged_into_id', 'is', null)
		.orderBy('i.name')
		.limit(options.limit);
	const q = options.q.trim();
	if (q) {
		const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		query = query.where((eb) => eb.or([eb('i.name', 'ilike', pattern), eb('i.slug', 'ilike', pattern)]));
	}
	const rows = await query.execute();
	return rows.map((r) => ({
		id: r.id,
		slug: r.slug,
		name: r.name,
		kind: r.kind,
		level: r.level,
		regionCode: r.region_code,
		parentId: r.parent_id,
		parentSlug: r.parent_slug,
		mergedIntoId: r.merged_into_id,
		statementCount: Number(r.statement_count ?? 0),
		aliasCount: Number(r.alias_count ?? 0)
	}));
}

export async function findInstitutionDetails(db: Db, id: number): Promise<(InstitutionDetails & { name: string; slug: string }) | null> {
	const row = await db
		.selectFrom('institutions')
		.select(['name', 'slug', 'kind', 'level', 'region_code', 'parent_id'])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	return { name: row.name, slug: row.slug, kind: row.kind, level: row.level, regionCode: row.region_code, parentId: row.parent_id };
}

export async function updateInstitutionDetails(db: Db, id: number, details: InstitutionDetails): Promise<void> {
	await db
		.updateTable('institutions')
		.set({ kind: details.kind, level: details.level, region_code: details.regionCode, parent_id: details.parentId })
		.where('id', '=', id)
		.execute();
}

export async function regionExists(db: Db, code: string): Promise<boolean> {
	return (await db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

/** The ids above `id` in the parent chain (to refuse a parent that would make a cycle). */
export async function listAncestorIds(db: Db, id: number): Promise<number[]> {
	const result = await sql<{ id: number }>`
		with recursive up(id, parent_id, depth) as (
			select id, parent_id, 0 from institutions where id = ${id}
			union all
			select i.id, i.parent_id, up.depth + 1 from institutions i join up on i.id = up.parent_id where up.depth < 50
		)
		select id from up where id <> ${id}`.execute(db);
	return result.rows.map((r) => Number(r.id));
}

export async function renameInstitutionRow(
	db: Db,
	change: { id: number; oldName: string; newName: string; newSlug: string | null; oldSlug: string; reason: string; effectiveOn: string | null; userId: number | null }
): Promise<void> {
	await db
		.updateTable('institutions')
		.set(change.newSlug ? { name: change.newName, slug: change.newSlug } : { name: change.newName })
		.where('id', '=', change.id)
		.execute();
	await db
		.insertInto('institution_name_history')
		.values({
			institution_id: change.id,
			old_name: change.oldName,
			new_name: change.newName,
			reason: change.reason,
			effective_on: change.effectiveOn,
			changed_by: change.userId
		})
		.execute();
	if (change.newSlug && change.newSlug !== change.oldSlug) {
		await upsertSlugRedirect(db, change.oldSlug, change.id);
		// A slug that once redirected here and is now the live slug must stop redirecting.
		await db.deleteFrom('slug_redirects').where('old_slug', '=', change.newSlug).execute();
	}
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
	const [inst, redirect] = await Promise.all([
		db.selectFrom('institutions').select('id').where('slug', '=', slug).executeTakeFirst(),
		db.selectFrom('slug_redirects').select('institution_id').where('old_slug', '=', slug).executeTakeFirst()
	]);
	return inst !== undefined || redirect !== undefined;
}

async function upsertSlugRedirect(db: Db, oldSlug: string, institutionId: number): Promise<void> {
	await db
		.insertInto('slug_redirects')
		.values({ old_slug: oldSlug, institution_id: institutionId })
		.onConflict((oc) => oc.column('old_slug').doUpdateSet({ institution_id: institutionId }))
		.execute();
}

export interface NameChange {
	oldName: string;
	newName: string;
	effectiveOn: string | null;
	reason: string;
	changedAt: Date;
}

export async function listNameHistory(db: Db, institutionId: number): Promise<NameChange[]> {
	const rows = await db
		.selectFrom('institution_name_history')
		.select(['old_name', 'new_name', 'effective_on', 'reason', 'changed_at'])
		.where('institution_id', '=', institutionId)
		.orderBy('changed_at', 'desc')
		.orderBy('id', 'desc')
		.execute();
	return rows.map((r) => ({ oldName: r.old_name, newName: r.new_name, effectiveOn: r.effective_on, reason: r.reason, changedAt: r.changed_at }));
}

/**
 * Where an old or merged slug now lives: the live slug to redirect to, or null when `slug` is
 * live itself or unknown. Public institution pages call this before answering 404.
 */
export async function resolveSlugRedirect(db: Db, slug: string): Promise<string | null> {
	const row = await db
		.selectFrom('slug_redirects as r')
		.innerJoin('institutions as i', 'i.id', 'r.institution_id')
		.select('i.slug')
		.where('r.old_slug', '=', slug)
		.where('i.merged_into_id', 'is', null)
		.executeTakeFirst();
	return row && row.slug !== slug ? row.slug : null;
}

export interface MergeCounts {
	statements: number;
	aliases: number;
	roles: number;
	mentions: number;
	children: number;
}

/** Moves everything of `fromId` to `intoId` and marks `fromId` merged. Run inside a transaction. */
export async function mergeInstitutionRows(db: Db, fromId: number, intoId: number, fromSlug: string, fromName: string): Promise<MergeCounts> {
	const n = (r: UpdateResult) => Number(r.numUpdatedRows);
	// Statements move one by one through the rollup trigger, so dashboards follow automatically.
	const actor = await db.updateTable('statements').set({ actor_institution_id: intoId }).where('actor_institution_id', '=', fromId).executeTakeFirst();
	const target = await db.updateTable('statements').set({ target_institution_id: intoId }).where('target_institution_id', '=', fromId).executeTakeFirst();
	const aliases = await db.updateTable('institution_aliases').set({ institution_id: intoId }).where('institution_id', '=', fromId).executeTakeFirst();
	// The old name becomes an alias, so the resolver maps future mentions to the surviving record.
	const normalized = fromName.trim().toLowerCase().replace(/\s+/g, ' ');
	await db
		.insertInto('institution_aliases')
		.values({ alias_normalized: normalized, alias: fromName, institution_id: intoId })
		.onConflict((oc) => oc.column('alias_normalized').doNothing())
		.execute();
	// Roles are unique per (person, institution, title): drop those the survivor already has.
	await db
		.deleteFrom('roles as r')
		.where('r.institution_id', '=', fromId)
		.where((eb) =>
			eb.exists(
				eb
					.selectFrom('roles as k')
					.select('k.id')
					.where('k.institution_id', '=', intoId)
					.whereRef('k.person_id', '=', 'r.person_id')
					.whereRef('k.title', '=', 'r.title')
			)
		)
		.execute();
	const roles = await db.updateTable('roles').set({ institution_id: intoId }).where('institution_id', '=', fromId).executeTakeFirst();
	const mentions = await db.updateTable('mentions').set({ institution_id: intoId }).where('institution_id', '=', fromId).executeTakeFirst();
	const children = await db
		.updateTable('institutions')
		.set({ parent_id: intoId })
		.where('parent_id', '=', fromId)
		.where('id', '<>', intoId)
		.executeTakeFirst();
	await db.updateTable('institutions').set({ merged_into_id: intoId, parent_id: null }).where('id', '=', fromId).execute();
	// Every slug that led to the old record (its own and earlier redirects) now leads to the survivor.
	await db.updateTable('slug_redirects').set({ institution_id: intoId }).where('institution_id', '=', fromId).execute();
	await upsertSlugRedirect(db, fromSlug, intoId);
	return {
		statements: n(actor) + n(target),
		aliases: n(aliases),
		roles: n(roles),
		mentions: n(mentions),
		children: n(children)
	};
}
