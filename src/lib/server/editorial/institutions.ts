// Institution maintenance by editors: details, renames with history, merges of duplicates.
// Each change runs in one transaction with its audit entry.
import type { InstitutionKind, Level } from '$lib/domain/vocabulary';
import type { Db } from '../db/connect';
import { recordAudit } from '../db/queries/audit';
import {
	findInstitutionDetails,
	findInstitutionRefBySlug,
	listAncestorIds,
	mergeInstitutionRows,
	regionExists,
	renameInstitutionRow,
	slugTaken,
	updateInstitutionDetails,
	type MergeCounts
} from '../db/queries/institutions-admin';
import { changedFields } from './audit-diff';
import { refusal } from './errors';

async function requireLive(db: Db, slug: string) {
	const found = await findInstitutionRefBySlug(db, slug);
	if (!found) throw refusal('noLiveInstitution', slug);
	return found;
}

export interface DetailsEdit {
	kind: InstitutionKind;
	level: Level | null;
	regionCode: string | null;
	parentSlug: string | null;
}

export async function setInstitutionDetails(db: Db, userId: number, slug: string, edit: DetailsEdit, reason: string | null): Promise<void> {
	await db.transaction().execute(async (tx) => {
		const inst = await requireLive(tx, slug);
		const before = await findInstitutionDetails(tx, inst.id);
		if (!before) throw refusal('institutionGone', slug);
		if (edit.regionCode && !(await regionExists(tx, edit.regionCode))) {
			throw refusal('noRegion', edit.regionCode);
		}
		let parentId: number | null = null;
		if (edit.parentSlug) {
			const parent = await requireLive(tx, edit.parentSlug);
			if (parent.id === inst.id || (await listAncestorIds(tx, parent.id)).includes(inst.id)) {
				throw refusal('parentLoop');
			}
			parentId = parent.id;
		}
		const after = { kind: edit.kind, level: edit.level, regionCode: edit.regionCode, parentId };
		const old = { kind: before.kind, level: before.level, regionCode: before.regionCode, parentId: before.parentId };
		await updateInstitutionDetails(tx, inst.id, after);
		await recordAudit(tx, { userId, action: 'institution.update', entity: 'institution', entityId: inst.id, ...changedFields(old, after), reason });
	});
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function renameInstitution(
	db: Db,
	userId: number,
	slug: string,
	change: { newName: string; newSlug: string | null; effectiveOn: string | null; reason: string }
): Promise<void> {
	await db.transaction().execute(async (tx) => {
		const inst = await requireLive(tx, slug);
		const newSlug = change.newSlug && change.newSlug !== inst.slug ? change.newSlug : null;
		if (newSlug) {
			if (!SLUG.test(newSlug)) throw refusal('badSlug');
			// A slug that only redirects here may be taken back; any other use is a conflict.
			const own = await tx.selectFrom('slug_redirects').select('institution_id').where('old_slug', '=', newSlug).executeTakeFirst();
			if (own?.institution_id !== inst.id && (await slugTaken(tx, newSlug))) throw refusal('slugTaken', newSlug);
		}
		if (change.newName === inst.name && !newSlug) throw refusal('sameName');
		await renameInstitutionRow(tx, {
			id: inst.id,
			oldName: inst.name,
			newName: change.newName,
			oldSlug: inst.slug,
			newSlug,
			reason: change.reason,
			effectiveOn: change.effectiveOn,
			userId
		});
		await recordAudit(tx, {
			userId,
			action: 'institution.rename',
			entity: 'institution',
			entityId: inst.id,
			before: { name: inst.name, slug: inst.slug },
			after: { name: change.newName, slug: newSlug ?? inst.slug },
			reason: change.reason
		});
	});
}

export async function mergeInstitution(db: Db, userId: number, fromSlug: string, intoSlug: string, reason: string): Promise<MergeCounts> {
	return db.transaction().execute(async (tx) => {
		const from = await requireLive(tx, fromSlug);
		const into = await requireLive(tx, intoSlug);
		if (from.id === into.id) throw refusal('mergeSelf');
		if ((await listAncestorIds(tx, into.id)).includes(from.id)) {
			// The survivor's parent chain would lose a link; editors fix the parent first.
			throw refusal('mergeUnder', into.name, from.name);
		}
		const counts = await mergeInstitutionRows(tx, from.id, into.id, from.slug, from.name);
		await recordAudit(tx, {
			userId,
			action: 'institution.merge',
			entity: 'institution',
			entityId: from.id,
			before: { slug: from.slug, name: from.name },
			after: { mergedInto: { id: into.id, slug: into.slug, name: into.name }, moved: counts },
			reason
		});
		return counts;
	});
}
