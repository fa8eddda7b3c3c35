// Per-client token buckets for the public API: each client may burst `capacity` requests and gets
// `refillPerSecond` back every second. In memory, per process: the rule that the database's buckets
// (shared-rate-limit.ts, shared by all instances) follow too, and their stand-in while the database
// cannot be reached.

export interface RateLimitOptions {
	capacity: number;
	refillPerSecond: number;
	/** Most clients tracked at once; the least recently seen are forgotten first. */
	maxClients?: number;
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
	tokens: number;
	at: number;
}

export class TokenBuckets {
	private readonly buckets = new Map<string, Bucket>();
	private readonly maxClients: number;

	constructor(private readonly options: RateLimitOptions) {
		this.maxClients = options.maxClients ?? 10_000;
	}

	take(key: string, nowMs: number): RateDecision {
		const { capacity, refillPerSecond } = this.options;
		const found = this.buckets.get(key);
		const tokens = found ? Math.min(capacity, found.tokens + ((nowMs - found.at) / 1000) * refillPerSecond) : capacity;
		// Re-insert so Map order is least-recently-seen first, for eviction.
		this.buckets.delete(key);
		if (tokens >= 1) {
			this.buckets.set(key, { tokens: tokens - 1, at: nowMs });
			this.evict();
			return { allowed: true, remaining: Math.floor(tokens - 1) };
		}
		this.buckets.set(key, { tokens, at: nowMs });
		return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)) };
	}

	get size(): number {
		return this.buckets.size;
	}

	private evict(): void {
		while (this.buckets.size > this.maxClients) {
			const oldest = this.buckets.keys().next().value;
			if (oldest === undefined) break;
			this.buckets.delete(oldest);
		}
	}
}
