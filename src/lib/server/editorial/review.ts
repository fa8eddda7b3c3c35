// Review decisions on machine-extracted statements: confirm, reject, edit — each in one
// transaction with its audit entry. Reviewed statements (anything but 'auto') are left alone by
// re-extraction, which only replaces review_status = 'auto'.
import type { AmountQualifier, Category, StatementKind, Strength } from '$lib/domain/vocabulary';
import type { Db } from '../db/connect';
import { recordAudit } from '../db/queries/audit';
import { findStatementEditable, updateStatementEditable, type StatementEditable } from '../db/queries/review';
import { findInstitutionRefBySlug } from '../db/queries/institutions-admin';
import { changedFields } from './audit-diff';
import { isUniqueViolation, refusal } from './errors';

export type ReviewDecision = 'confirm' | 'reject';

/** Confirms or rejects statements; returns how many changed (unknown ids are skipped). */
export async function decideStatements(
	db: Db,
	userId: number,
	ids: number[],
	decision: ReviewDecision,
	reason: string | null
): Promise<number> {
	const status = decision === 'confirm' ? 'confirmed' : 'rejected';
	return db.transaction().execute(async (tx) => {
		let changed = 0;
		for (const id of [...new Set(ids)]) {
			const before = await findStatementEditable(tx, id);
			if (!before || before.reviewStatus === status) continue;
			await updateStatementEditable(tx, id, { ...before, reviewStatus: status });
			await recordAudit(tx, {
				userId,
				action: `statement.${decision}`,
				entity: 'statement',
				entityId: id,
				before: { reviewStatus: before.reviewStatus },
				after: { reviewStatus: status },
				reason
			});
			changed++;
		}
		return changed;
	});
}

export interface StatementEdit {
	kind: StatementKind;
	category: Category;
	strength: Strength;
	/** Slugs; empty means none. */
	actorSlug: string | null;
	targetSlug: string | null;
	targetText: string | null;
	amount: number | null;
	amountQualifier: AmountQualifier | null;
}

export async function editStatement(db: Db, userId: number, id: number, edit: StatementEdit, reason: string | null): Promise<void> {
	try {
		await db.transaction().execute(async (tx) => {
			const before = await findStatementEditable(tx, id);
			if (!before) throw refusal('noStatement', String(id));
			const actor = edit.actorSlug ? await findInstitutionRefBySlug(tx, edit.actorSlug) : null;
			if (edit.actorSlug && !actor) throw refusal('noInstitution', edit.actorSlug);
			const target = edit.targetSlug ? await findInstitutionRefBySlug(tx, edit.targetSlug) : null;
			if (edit.targetSlug && !target) throw refusal('noInstitution', edit.targetSlug);
			const after: StatementEditable = {
				kind: edit.kind,
				category: edit.category,
				strength: edit.strength,
				actorInstitutionId: actor?.id ?? null,
				targetInstitutionId: target?.id ?? null,
				targetText: edit.targetText,
				amount: edit.amount,
				amountQualifier: edit.amount === null ? null : (edit.amountQualifier ?? 'exact'),
				reviewStatus: 'edited'
			};
			await updateStatementEditable(tx, id, after);
			const diff = changedFields(before, after);
			await recordAudit(tx, { userId, action: 'statement.edit', entity: 'statement', entityId: id, ...diff, reason });
		});
	} catch (error) {
		if (isUniqueViolation(error)) {
			throw refusal('sameSentence');
		}
		throw error;
	}
}
