// The public API's per-client limit counted in the database (db/queries/rate-buckets.ts), so two or
// more app instances on one database allow a client the limit once, not once each (issue 14).
// Requests that arrive while a take is on its way to the database wait and go together in the next
// one — one statement per wave of requests, not per request: on PGlite, whose one session every
// query shares, a write per request cut /api/v1/pledges under 100 clients from 0.41 to 0.08 of the
// static file's rate. Two things stay in memory, neither changing a decision:
// - a refusal is remembered until the bucket refills, so a client hammering past its limit costs
//   no database work (tokens are only ever taken, so no instance can refill a bucket sooner);
// - while the database cannot be reached, this instance counts on its own (the request itself
//   then gets the outage answer, hooks/database-outage.ts).
import { createHash } from 'node:crypto';
import type { Db } from '../db/connect';
import { pruneRateBuckets, takeRateTokens } from '../db/queries/rate-buckets';
import { LruCache } from '../http/lru';
import { TokenBuckets, type RateDecision, type RateLimitOptions } from './rate-limit';

export interface RateLimiter {
	take(key: string, nowMs: number): RateDecision | Promise<RateDecision>;
}

const PRUNE_EVERY_MS = 60_000;

interface Waiting {
	client: string;
	nowMs: number;
	resolve: (decision: RateDecision) => void;
}

export class DatabaseTokenBuckets implements RateLimiter {
	private readonly refusedUntil: LruCache<string, number>;
	private readonly fallback: TokenBuckets;
	private waiting: Waiting[] = [];
	private flushing = false;
	private lastPrune = 0;
	private warned = false;

	constructor(
		private readonly db: () => Db,
		private readonly options: RateLimitOptions & { bucket: string }
	) {
		this.refusedUntil = new LruCache({ maxEntries: options.maxClients ?? 10_000 });
		this.fallback = new TokenBuckets(options);
	}

	take(client: string, nowMs: number): Promise<RateDecision> {
		const until = this.refusedUntil.get(client);
		if (until !== undefined && until > nowMs) return Promise.resolve({ allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - nowMs) / 1000)) });
		return new Promise((resolve) => {
			this.waiting.push({ client, nowMs, resolve });
			if (!this.flushing) {
				this.flushing = true;
				// After the current turn of the event loop, so simultaneous requests share the statement.
				setImmediate(() => void this.flush());
			}
		});
	}

	private async flush(): Promise<void> {
		try {
			while (this.waiting.length > 0) {
				const wave = this.waiting;
				this.waiting = [];
				await this.decide(wave);
			}
		} finally {
			this.flushing = false;
		}
	}

	private async decide(wave: Waiting[]): Promise<void> {
		const byKey = new Map<string, Waiting[]>();
		for (const w of wave) {
			const key = hashClient(w.client);
			byKey.set(key, [...(byKey.get(key) ?? []), w]);
		}
		const { bucket, capacity, refillPerSecond } = this.options;
		let takes: Map<string, { taken: number; tokens: number }>;
		try {
			const db = this.db();
			takes = await takeRateTokens(db, { bucket, capacity, refillPerSecond }, new Map([...byKey].map(([key, list]) => [key, list.length])));
			this.warned = false;
			this.pruneNowAndThen(db, wave[0].nowMs);
		} catch (error) {
			if (!this.warned) console.error(`API rate limit: the database did not answer (${(error as Error).message}); counting in this process until it does`);
			this.warned = true;
			for (const w of wave) w.resolve(this.fallback.take(w.client, w.nowMs));
			return;
		}
		for (const [key, list] of byKey) {
			const take = takes.get(key) ?? { taken: 0, tokens: 0 };
			list.forEach((w, i) => {
				if (i < take.taken) {
					w.resolve({ allowed: true, remaining: Math.max(0, Math.floor(take.tokens) + (take.taken - 1 - i)) });
					return;
				}
				const waitMs = Math.ceil(((1 - take.tokens) / refillPerSecond) * 1000);
				this.refusedUntil.set(w.client, w.nowMs + waitMs);
				w.resolve({ allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) });
			});
		}
	}

	private pruneNowAndThen(db: Db, nowMs: number): void {
		if (nowMs - this.lastPrune < PRUNE_EVERY_MS) return;
		this.lastPrune = nowMs;
		const { bucket, capacity, refillPerSecond } = this.options;
		// Idle this long, a bucket is full again: deleting it changes nothing.
		pruneRateBuckets(db, bucket, Math.ceil(capacity / refillPerSecond) + 60).catch(() => {});
	}
}

/** The table holds hashes, not addresses. */
function hashClient(client: string): string {
	return createHash('sha256').update(`api-client:${client}`).digest('hex');
}
