// Sliding-window counters for login throttling and public form rate limits, shared by all server
// processes because they live in the database. An event is counted and recorded as one step under
// a transaction-scoped advisory lock per (bucket, key): a count taken before the insert, without
// the lock, let a burst of simultaneous requests all see "below the limit" (issue 15).
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../connect';

export interface RateLimit {
	bucket: string;
	key: string;
	/** Events allowed within the window; at least 1. */
	max: number;
	windowSeconds: number;
}

export type RateTake = { taken: true; eventIds: number[] } | { taken: false; retryAfterSeconds: number };

// First half of the two-part advisory lock key ('RATE'), so these locks cannot collide with
// advisory locks taken for other purposes in the same database.
const LOCK_CLASS = 0x52415445;

function lockKey(bucket: string, key: string): number {
	return createHash('sha256').update(`${bucket}\u0000${key}`).digest().readInt32BE(0);
}

/**
 * Records one event under every limit when all of them have room, or none when any is full (then
 * says how long until it has room). N simultaneous calls never record more than `max` events.
 */
export async function takeRateEvents(db: Db, limits: readonly RateLimit[]): Promise<RateTake> {
	if (limits.some((l) => !(l.max >= 1))) throw new Error('takeRateEvents: every limit needs max ≥ 1');
	return db.transaction().execute(async (tx) => {
		// Every caller takes its locks in the same (ascending) order, so two requests that share
		// two keys cannot each hold one and wait for the other.
		const locks = [...new Set(limits.map((l) => lockKey(l.bucket, l.key)))].sort((a, b) => a - b);
		for (const lock of locks) await sql`select pg_advisory_xact_lock(${LOCK_CLASS}::int4, ${lock}::int4)`.execute(tx);
		// READ COMMITTED: each statement below sees every event committed by earlier lock holders.
		let retryAfterSeconds = 0;
		for (const limit of limits) retryAfterSeconds = Math.max(retryAfterSeconds, await secondsUntilRoom(tx, limit));
		if (retryAfterSeconds > 0) return { taken: false, retryAfterSeconds };
		const rows = await tx
			.insertInto('rate_events')
			.values(limits.map(({ bucket, key }) => ({ bucket, key })))
			.returning('id')
			.execute();
		return { taken: true, eventIds: rows.map((r) => r.id) };
	});
}

/** 0 when the window holds fewer than `max` events; otherwise seconds until the oldest that keeps it full leaves. */
async function secondsUntilRoom(db: Db, limit: RateLimit): Promise<number> {
	const rows = await db
		.selectFrom('rate_events')
		.select(sql<number>`extract(epoch from at + make_interval(secs => ${limit.windowSeconds}) - now())`.as('secondsLeft'))
		.where('bucket', '=', limit.bucket)
		.where('key', '=', limit.key)
		.where('at', '>', sql<Date>`now() - make_interval(secs => ${limit.windowSeconds})`)
		.orderBy('at', 'desc')
		.limit(limit.max)
		.execute();
	if (rows.length < limit.max) return 0;
	return Math.max(1, Math.ceil(Number(rows[limit.max - 1].secondsLeft)));
}

/** Gives back events taken for something that turned out not to count (a login with the right password). */
export async function releaseRateEvents(db: Db, eventIds: readonly number[]): Promise<void> {
	if (eventIds.length === 0) return;
	await db.deleteFrom('rate_events').where('id', 'in', eventIds).execute();
}

export async function clearRateEvents(db: Db, bucket: string, key: string): Promise<void> {
	await db.deleteFrom('rate_events').where('bucket', '=', bucket).where('key', '=', key).execute();
}

/** Drops events older than any window in use (called now and then, not on every request). */
export async function pruneRateEvents(db: Db, olderThanSeconds: number): Promise<void> {
	await db.deleteFrom('rate_events').where('at', '<', sql<Date>`now() - make_interval(secs => ${olderThanSeconds})`).execute();
}
