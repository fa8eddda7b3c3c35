// Sliding-window counters for login throttling and public form rate limits, shared by all server
// processes because they live in the database.
import { sql } from 'kysely';
import type { Db } from '../connect';

export async function recordRateEvent(db: Db, bucket: string, key: string): Promise<void> {
	await db.insertInto('rate_events').values({ bucket, key }).execute();
}

/** How many events of this bucket and key happened in the last `windowSeconds`, and when the oldest did. */
export async function countRecentRateEvents(
	db: Db,
	bucket: string,
	key: string,
	windowSeconds: number
): Promise<{ count: number; oldest: Date | null }> {
	const row = await db
		.selectFrom('rate_events')
		.select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('at').as('oldest')])
		.where('bucket', '=', bucket)
		.where('key', '=', key)
		.where('at', '>', sql<Date>`now() - make_interval(secs => ${windowSeconds})`)
		.executeTakeFirstOrThrow();
	return { count: Number(row.count), oldest: row.oldest ?? null };
}

export async function clearRateEvents(db: Db, bucket: string, key: string): Promise<void> {
	await db.deleteFrom('rate_events').where('bucket', '=', bucket).where('key', '=', key).execute();
}

/** Drops events older than any window in use (called now and then, not on every request). */
export async function pruneRateEvents(db: Db, olderThanSeconds: number): Promise<void> {
	await db.deleteFrom('rate_events').where('at', '<', sql<Date>`now() - make_interval(secs => ${olderThanSeconds})`).execute();
}
