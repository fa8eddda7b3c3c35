// Pledge status history: editors' status changes and the suggestions waiting for them.
// statements.status always equals the latest accepted update (or 'not_yet_rated').
import type { PledgeStatus } from '$lib/domain/vocabulary';
import type { Db } from '../connect';

export type UpdateState = 'suggested' | 'accepted' | 'dismissed';

export interface PledgeUpdate {
	id: number;
	statementId: number;
	status: PledgeStatus;
	effectiveOn: string;
	reason: string;
	sourceArticle: { id: number; title: string | null; url: string | null } | null;
	sourceUrl: string | null;
	state: UpdateState;
	createdAt: Date;
}

export interface NewPledgeUpdate {
	statementId: number;
	status: PledgeStatus;
	effectiveOn: string;
	reason: string;
	sourceArticleId: number | null;
	sourceUrl: string | null;
	state: UpdateState;
	createdBy: number | null;
}

function baseQuery(db: Db) {
	return db
		.selectFrom('pledge_updates as u')
		.leftJoin('articles as a', 'a.id', 'u.source_article_id')
		.select([
			'u.id',
			'u.statement_id',
			'u.status',
			'u.effective_on',
			'u.reason',
			'u.source_url',
			'u.state',
			'u.created_at',
			'a.id as article_id',
			'a.title as article_title',
			'a.url as article_url'
		]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

const toUpdate = (r: Row): PledgeUpdate => ({
	id: r.id,
	statementId: r.statement_id,
	status: r.status,
	effectiveOn: r.effective_on,
	reason: r.reason,
	sourceArticle: r.article_id !== null ? { id: r.article_id, title: r.article_title, url: r.article_url } : null,
	sourceUrl: r.source_url,
	state: r.state,
	createdAt: r.created_at
});

/** Newest first by effective date. */
export async function listPledgeUpdates(db: Db, statementId: number): Promise<PledgeUpdate[]> {
	const rows = await baseQuery(db)
		.where('u.statement_id', '=', statementId)
		.orderBy('u.effective_on', 'desc')
		.orderBy('u.id', 'desc')
		.execute();
	return rows.map(toUpdate);
}

export async function findPledgeUpdate(db: Db, id: number): Promise<PledgeUpdate | null> {
	const row = await baseQuery(db).where('u.id', '=', id).executeTakeFirst();
	return row ? toUpdate(row) : null;
}

export async function insertPledgeUpdate(db: Db, update: NewPledgeUpdate): Promise<number> {
	const row = await db
		.insertInto('pledge_updates')
		.values({
			statement_id: update.statementId,
			status: update.status,
			effective_on: update.effectiveOn,
			reason: update.reason,
			source_article_id: update.sourceArticleId,
			source_url: update.sourceUrl,
			state: update.state,
			created_by: update.createdBy,
			// The moment it became public, for the status-change feeds and digests.
			decided_at: update.state === 'suggested' ? null : new Date()
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function setPledgeUpdateState(db: Db, id: number, state: UpdateState): Promise<void> {
	await db
		.updateTable('pledge_updates')
		.set({ state, decided_at: state === 'suggested' ? null : new Date() })
		.where('id', '=', id)
		.execute();
}

/** Sets statements.status from the latest accepted update; returns the status before and after. */
export async function syncStatementStatus(db: Db, statementId: number): Promise<{ before: PledgeStatus; after: PledgeStatus }> {
	const current = await db.selectFrom('statements').select('status').where('id', '=', statementId).executeTakeFirstOrThrow();
	const latest = await db
		.selectFrom('pledge_updates')
		.select('status')
		.where('statement_id', '=', statementId)
		.where('state', '=', 'accepted')
		.orderBy('effective_on', 'desc')
		.orderBy('id', 'desc')
		.executeTakeFirst();
	const after = latest?.status ?? 'not_yet_rated';
	if (after !== current.status) {
		await db.updateTable('statements').set({ status: after, updated_at: new Date() }).where('id', '=', statementId).execute();
	}
	return { before: current.status, after };
}

export interface PledgeSummary {
	id: number;
	kind: 'pledge' | 'request';
	evidenceText: string;
	status: PledgeStatus;
	reviewStatus: string;
	actorName: string | null;
	articleId: number;
	articleTitle: string | null;
	publishedOn: string | null;
}

/** A statement as the status and report pages show it; rejected ones only when asked. */
export async function findPledgeSummary(db: Db, id: number, options: { includeRejected: boolean }): Promise<PledgeSummary | null> {
	let query = db
		.selectFrom('statements as s')
		.innerJoin('articles as a', 'a.id', 's.article_id')
		.leftJoin('institutions as i', 'i.id', 's.actor_institution_id')
		.select(['s.id', 's.kind', 's.evidence_text', 's.status', 's.review_status', 'i.name as actor_name', 'a.id as article_id', 'a.title', 'a.published_on'])
		.where('s.id', '=', id);
	if (!options.includeRejected) query = query.where('s.review_status', '<>', 'rejected');
	const r = await query.executeTakeFirst();
	if (!r) return null;
	return {
		id: r.id,
		kind: r.kind,
		evidenceText: r.evidence_text,
		status: r.status,
		reviewStatus: r.review_status,
		actorName: r.actor_name,
		articleId: r.article_id,
		articleTitle: r.title,
		publishedOn: r.published_on
	};
}

export async function articleExists(db: Db, id: number): Promise<boolean> {
	return (await db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
