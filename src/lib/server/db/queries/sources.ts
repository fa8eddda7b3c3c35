// Managed news sources and the items they have seen. Polling is claimed here (one worker per due
// source), and so is each item (the first poll to insert an item's row owns fetching it), so any
// number of workers share the sources without reading anything twice.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { SourceItemState, SourceKind } from '../schema';

export interface SourceRecord {
	id: number;
	kind: SourceKind;
	name: string;
	url: string | null;
	pages: string[];
	apiTokenId: number | null;
	paused: boolean;
	intervalSeconds: number;
	nextPollAt: Date;
	lastPolledAt: Date | null;
	lastSuccessAt: Date | null;
	lastErrorAt: Date | null;
	lastError: string | null;
	consecutiveFailures: number;
	itemsSeen: number;
	itemsNew: number;
	itemsFailed: number;
	etag: string | null;
	lastModified: string | null;
	createdAt: Date;
}

const COLUMNS = [
	'id', 'kind', 'name', 'url', 'pages', 'api_token_id', 'paused', 'interval_seconds', 'next_poll_at', 'last_polled_at', 'last_success_at',
	'last_error_at', 'last_error', 'consecutive_failures', 'items_seen', 'items_new', 'items_failed', 'etag', 'last_modified', 'created_at'
] as const;

type Row = {
	id: number; kind: SourceKind; name: string; url: string | null; pages: string[]; api_token_id: number | null; paused: boolean;
	interval_seconds: number; next_poll_at: Date; last_polled_at: Date | null; last_success_at: Date | null; last_error_at: Date | null;
	last_error: string | null; consecutive_failures: number; items_seen: number; items_new: number; items_failed: number;
	etag: string | null; last_modified: string | null; created_at: Date;
};

const toSource = (r: Row): SourceRecord => ({
	id: r.id,
	kind: r.kind,
	name: r.name,
	url: r.url,
	pages: r.pages ?? [],
	apiTokenId: r.api_token_id,
	paused: r.paused,
	intervalSeconds: r.interval_seconds,
	nextPollAt: r.next_poll_at,
	lastPolledAt: r.last_polled_at,
	lastSuccessAt: r.last_success_at,
	lastErrorAt: r.last_error_at,
	lastError: r.last_error,
	consecutiveFailures: r.consecutive_failures,
	itemsSeen: r.items_seen,
	itemsNew: r.items_new,
	itemsFailed: r.items_failed,
	etag: r.etag,
	lastModified: r.last_modified,
	createdAt: r.created_at
});

export async function listSources(db: Db): Promise<SourceRecord[]> {
	const rows = await db.selectFrom('sources').select(COLUMNS).orderBy('name').orderBy('id').execute();
	return rows.map(toSource);
}

export async function findSource(db: Db, id: number): Promise<SourceRecord | null> {
	const row = await db.selectFrom('sources').select(COLUMNS).where('id', '=', id).executeTakeFirst();
	return row ? toSource(row) : null;
}

export interface NewSource {
	kind: SourceKind;
	name: string;
	url?: string | null;
	pages?: string[];
	apiTokenId?: number | null;
	intervalSeconds?: number;
	createdBy?: number | null;
}

/** Adds a source; null when a feed with that address is already listed. */
export async function insertSource(db: Db, source: NewSource): Promise<number | null> {
	const row = await db
		.insertInto('sources')
		.values({
			kind: source.kind,
			name: source.name,
			url: source.url ?? null,
			pages: source.pages ?? [],
			api_token_id: source.apiTokenId ?? null,
			interval_seconds: source.intervalSeconds,
			created_by: source.createdBy ?? null
		})
		.onConflict((oc) => oc.column('url').where('url', 'is not', null).doNothing())
		.returning('id')
		.executeTakeFirst();
	return row?.id ?? null;
}

export async function updateSourceSettings(db: Db, id: number, settings: { paused?: boolean; intervalSeconds?: number }): Promise<boolean> {
	const values: { paused?: boolean; interval_seconds?: number } = {};
	if (settings.paused !== undefined) values.paused = settings.paused;
	if (settings.intervalSeconds !== undefined) values.interval_seconds = settings.intervalSeconds;
	if (Object.keys(values).length === 0) return false;
	const result = await db.updateTable('sources').set(values).where('id', '=', id).executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

/** "Poll now": due at once (also clears a backoff). */
export async function makeSourceDue(db: Db, id: number): Promise<boolean> {
	const result = await db.updateTable('sources').set({ next_poll_at: sql`now()` }).where('id', '=', id).where('kind', '!=', 'push').executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

/**
 * Claims up to `limit` sources that are due: each is moved to its next time in the same statement,
 * so of several workers asking at once exactly one gets it (SKIP LOCKED: no one waits).
 */
export async function claimDueSources(db: Db, limit: number): Promise<{ id: number; kind: SourceKind }[]> {
	const { rows } = await sql<{ id: number; kind: SourceKind }>`
		update sources s set next_poll_at = now() + make_interval(secs => s.interval_seconds), last_polled_at = now()
		where s.id in (
			select id from sources
			where not paused and kind in ('feed', 'pages') and next_poll_at <= now()
			order by next_poll_at
			limit ${limit}
			for update skip locked
		)
		returning s.id, s.kind`.execute(db);
	return rows;
}

export async function recordPollSuccess(db: Db, id: number, result: { seen: number; etag?: string | null; lastModified?: string | null }): Promise<void> {
	await db
		.updateTable('sources')
		.set((eb) => ({
			last_success_at: sql`now()`,
			consecutive_failures: 0,
			items_seen: eb('items_seen', '+', result.seen),
			...(result.etag !== undefined ? { etag: result.etag } : {}),
			...(result.lastModified !== undefined ? { last_modified: result.lastModified } : {})
		}))
		.where('id', '=', id)
		.execute();
}

/** Longest wait between polls of a failing source. */
export const MAX_BACKOFF_SECONDS = 24 * 60 * 60;

/**
 * A failed poll: the source waits its interval × 2^failures (at most a day), or longer when the
 * site asked for it (Retry-After).
 */
export async function recordPollFailure(db: Db, id: number, error: string, retryAfterSeconds: number | null = null): Promise<void> {
	await sql`
		update sources set
			consecutive_failures = consecutive_failures + 1,
			last_error = ${error.slice(0, 1000)},
			last_error_at = now(),
			next_poll_at = now() + make_interval(secs => greatest(
				least(${MAX_BACKOFF_SECONDS}::float8, interval_seconds::float8 * power(2, least(consecutive_failures + 1, 20))),
				${retryAfterSeconds ?? 0}::float8))
		where id = ${id}`.execute(db);
}

export interface ItemRef {
	key: string;
	url: string | null;
}

/** Inserts the items not seen before and returns those: only their first poll owns them. */
export async function claimNewItems(db: Db, sourceId: number, items: readonly ItemRef[]): Promise<ItemRef[]> {
	if (items.length === 0) return [];
	const unique = [...new Map(items.map((i) => [i.key, i])).values()];
	const rows = await db
		.insertInto('source_items')
		.values(unique.map((i) => ({ source_id: sourceId, item_key: i.key, url: i.url })))
		.onConflict((oc) => oc.columns(['source_id', 'item_key']).doNothing())
		.returning(['item_key', 'url'])
		.execute();
	return rows.map((r) => ({ key: r.item_key, url: r.url }));
}

/**
 * A source's items claimed by a poll that died before queuing their fetch (killed between the
 * claim and the send): still `queued`, with no job noted. Only the poll that holds the source
 * (claimDueSources) asks, so these belong to no living poll.
 */
export async function findUnqueuedItems(db: Db, sourceId: number, limit = 1000): Promise<ItemRef[]> {
	const rows = await db
		.selectFrom('source_items')
		.select(['item_key', 'url'])
		.where('source_id', '=', sourceId)
		.where('state', '=', 'queued')
		.where('job_id', 'is', null)
		.orderBy('item_key')
		.limit(limit)
		.execute();
	return rows.map((r) => ({ key: r.item_key, url: r.url }));
}

export async function noteItemJob(db: Db, sourceId: number, key: string, job: { queue: string; id: string | null }): Promise<void> {
	await db
		.updateTable('source_items')
		.set({ job_queue: job.queue, job_id: job.id, updated_at: sql`now()` })
		.where('source_id', '=', sourceId)
		.where('item_key', '=', key)
		.execute();
}

/**
 * Records what became of an item and counts it for its source: `ingested` as new, `failed` as
 * failed. An item already in that state is not counted again (a job retried after it settled).
 */
export async function settleItem(
	db: Db,
	sourceId: number,
	key: string,
	state: Exclude<SourceItemState, 'queued'>,
	error: string | null = null,
	/** Tries its job made (a retried job's count); one more than before when not given. */
	attempts?: number
): Promise<void> {
	await db.transaction().execute(async (tx) => {
		const changed = await tx
			.updateTable('source_items')
			.set((eb) => ({ state, last_error: error?.slice(0, 1000) ?? null, attempts: attempts ?? eb('attempts', '+', 1), updated_at: sql`now()` }))
			.where('source_id', '=', sourceId)
			.where('item_key', '=', key)
			.where('state', '!=', state)
			.executeTakeFirst();
		if (changed.numUpdatedRows === 0n) return;
		if (state === 'ingested') await tx.updateTable('sources').set((eb) => ({ items_new: eb('items_new', '+', 1) })).where('id', '=', sourceId).execute();
		if (state === 'failed') {
			await tx
				.updateTable('sources')
				.set((eb) => ({ items_failed: eb('items_failed', '+', 1), last_error: error?.slice(0, 1000) ?? null, last_error_at: sql`now()` }))
				.where('id', '=', sourceId)
				.execute();
		}
	});
}

export interface FailedItem {
	sourceId: number;
	key: string;
	url: string | null;
	lastError: string | null;
	attempts: number;
	jobQueue: string | null;
	jobId: string | null;
	updatedAt: Date;
}

export async function listFailedItems(db: Db, limit: number): Promise<FailedItem[]> {
	const rows = await db
		.selectFrom('source_items')
		.select(['source_id', 'item_key', 'url', 'last_error', 'attempts', 'job_queue', 'job_id', 'updated_at'])
		.where('state', '=', 'failed')
		.orderBy('updated_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => ({ sourceId: r.source_id, key: r.item_key, url: r.url, lastError: r.last_error, attempts: r.attempts, jobQueue: r.job_queue, jobId: r.job_id, updatedAt: r.updated_at }));
}

/** A failed item goes back to the queue: uncounted as failed until it fails again. */
export async function requeueItem(db: Db, sourceId: number, key: string): Promise<FailedItem | null> {
	return db.transaction().execute(async (tx) => {
		const row = await tx
			.updateTable('source_items')
			.set({ state: 'queued', updated_at: sql`now()` })
			.where('source_id', '=', sourceId)
			.where('item_key', '=', key)
			.where('state', '=', 'failed')
			.returning(['source_id', 'item_key', 'url', 'last_error', 'attempts', 'job_queue', 'job_id', 'updated_at'])
			.executeTakeFirst();
		if (!row) return null;
		await tx.updateTable('sources').set((eb) => ({ items_failed: sql`greatest(${eb.ref('items_failed')} - 1, 0)` })).where('id', '=', sourceId).execute();
		return { sourceId: row.source_id, key: row.item_key, url: row.url, lastError: row.last_error, attempts: row.attempts, jobQueue: row.job_queue, jobId: row.job_id, updatedAt: row.updated_at };
	});
}

/** A push source: what its token's last post brought. */
export async function recordPushResult(db: Db, apiTokenId: number, result: { read: number; new: number; failed: number; error: string | null }): Promise<void> {
	await db
		.updateTable('sources')
		.set((eb) => ({
			items_seen: eb('items_seen', '+', result.read),
			items_new: eb('items_new', '+', result.new),
			items_failed: eb('items_failed', '+', result.failed),
			last_polled_at: sql`now()`,
			...(result.failed < result.read || result.read === 0 ? { last_success_at: sql`now()`, consecutive_failures: 0 } : {}),
			...(result.error ? { last_error: result.error.slice(0, 1000), last_error_at: sql`now()` } : {})
		}))
		.where('kind', '=', 'push')
		.where('api_token_id', '=', apiTokenId)
		.execute();
}
