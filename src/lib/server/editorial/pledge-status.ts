// Pledge status tracking: an editor records a dated, reasoned, sourced status change, or accepts /
// dismisses a suggested one. statements.status follows the latest accepted update.
import type { PledgeStatus } from '$lib/domain/vocabulary';
import type { Db } from '../db/connect';
import { recordAudit } from '../db/queries/audit';
import {
	articleExists,
	findPledgeSummary,
	findPledgeUpdate,
	insertPledgeUpdate,
	setPledgeUpdateState,
	syncStatementStatus
} from '../db/queries/pledge-updates';
import { refusal } from './errors';

export interface StatusChange {
	status: PledgeStatus;
	effectiveOn: string;
	reason: string;
	sourceArticleId: number | null;
	/** http(s) only; validated by the form schema. */
	sourceUrl: string | null;
}

export async function recordStatusChange(db: Db, userId: number, statementId: number, change: StatusChange): Promise<number> {
	if (change.sourceArticleId === null && change.sourceUrl === null) {
		throw refusal('noSource');
	}
	return db.transaction().execute(async (tx) => {
		const pledge = await findPledgeSummary(tx, statementId, { includeRejected: false });
		if (!pledge) throw refusal('noStatementOrRejected', String(statementId));
		if (change.sourceArticleId !== null && !(await articleExists(tx, change.sourceArticleId))) {
			throw refusal('noArticle', String(change.sourceArticleId));
		}
		const id = await insertPledgeUpdate(tx, { statementId, ...change, state: 'accepted', createdBy: userId });
		const status = await syncStatementStatus(tx, statementId);
		await recordAudit(tx, {
			userId,
			action: 'pledge.status',
			entity: 'statement',
			entityId: statementId,
			before: { status: status.before },
			after: { status: status.after, update: id, recorded: change.status, effectiveOn: change.effectiveOn },
			reason: change.reason
		});
		return id;
	});
}

export async function decideSuggestion(db: Db, userId: number, updateId: number, decision: 'accept' | 'dismiss'): Promise<void> {
	await db.transaction().execute(async (tx) => {
		const update = await findPledgeUpdate(tx, updateId);
		if (!update || update.state !== 'suggested') throw refusal('notWaiting', String(updateId));
		await setPledgeUpdateState(tx, updateId, decision === 'accept' ? 'accepted' : 'dismissed');
		const status = await syncStatementStatus(tx, update.statementId);
		await recordAudit(tx, {
			userId,
			action: decision === 'accept' ? 'pledge.status' : 'pledge.suggestion-dismiss',
			entity: 'statement',
			entityId: update.statementId,
			before: { status: status.before, update: updateId, state: 'suggested' },
			after: { status: status.after, update: updateId, state: decision === 'accept' ? 'accepted' : 'dismissed' },
			reason: update.reason
		});
	});
}
