// Token buckets kept in the database (the public API's per-client limit), so every app instance on
// one database draws from one bucket per client. A take is one upsert for many clients at once:
// PostgreSQL locks each row for the ON CONFLICT update, so simultaneous takes — from one process or
// many — are applied one after another, each seeing the tokens the previous one left, and no more
// than a bucket holds are ever handed out.
import { sql } from 'kysely';
import type { Db } from '../connect';

export interface TokenBucketRule {
	bucket: string;
	/** Most tokens a bucket holds (the burst); at least 1. */
	capacity: number;
	refillPerSecond: number;
}

export interface TokenTake {
	/** How many of the tokens asked for were given (0 … asked). */
	taken: number;
	/** Tokens left in the bucket after this take. */
	tokens: number;
}

/**
 * Asks `wants.get(key)` tokens of each key's bucket in one statement; each bucket gives as many as
 * it holds whole tokens. Keys must be distinct (a Map), as one statement can change a row once.
 */
export async function takeRateTokens(db: Db, rule: TokenBucketRule, wants: ReadonlyMap<string, number>): Promise<Map<string, TokenTake>> {
	const { bucket, capacity, refillPerSecond } = rule;
	if (!(capacity >= 1) || !(refillPerSecond > 0)) throw new Error('takeRateTokens: capacity must be ≥ 1 and refillPerSecond > 0');
	if (wants.size === 0) return new Map();
	// A fresh bucket is full: the proposed row already has its take applied. Its `tokens` also
	// carries the ask into the update branch (which sees only table columns, as `excluded`):
	// asked = capacity − excluded.tokens, the ask capped at the capacity, which no bucket exceeds.
	const rows = [...wants].map(([key, n]) => {
		const asked = Math.min(Math.max(1, Math.floor(n)), Math.floor(capacity));
		return sql`(${bucket}, ${key}, ${capacity - asked}::float8, now(), ${asked}::int)`;
	});
	// Tokens now: what was left plus the refill since, never more than the capacity. now() is the
	// statement's start, which may be before the time a take that held the row lock wrote; the
	// elapsed time is never negative and `at` never moves back.
	const level = sql`least(${capacity}::float8, b.tokens + extract(epoch from greatest(now() - b.at, interval '0'))::float8 * ${refillPerSecond}::float8)`;
	const taken = sql`least((${capacity}::float8 - excluded.tokens)::int, floor(${level})::int)`;
	const { rows: results } = await sql<{ key: string; tokens: number; taken: number }>`
		insert into rate_buckets as b (bucket, key, tokens, at, taken)
		values ${sql.join(rows)}
		on conflict (bucket, key) do update set
			tokens = ${level} - ${taken},
			taken = ${taken},
			at = greatest(b.at, now())
		returning key, tokens, taken`.execute(db);
	return new Map(results.map((r) => [r.key, { taken: Number(r.taken), tokens: Number(r.tokens) }]));
}

/** Forgets buckets idle long enough to be full again: a missing row is a full bucket. */
export async function pruneRateBuckets(db: Db, bucket: string, idleSeconds: number): Promise<void> {
	await db
		.deleteFrom('rate_buckets')
		.where('bucket', '=', bucket)
		.where('at', '<', sql<Date>`now() - make_interval(secs => ${idleSeconds})`)
		.execute();
}
