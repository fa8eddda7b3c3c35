// The API's per-client limit counted in the database (issue 14, item 3): a burst of simultaneous
// requests gets exactly the bucket's capacity, two processes' limiters on one database (two
// connection pools on PostgreSQL) share it, refusals are answered without a database write, and a
// database that cannot be reached falls back to counting in memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/lib/server/db/connect';
import { takeRateTokens } from '../../src/lib/server/db/queries/rate-buckets';
import { DatabaseTokenBuckets } from '../../src/lib/server/export/shared-rate-limit';
import { engines } from './engines';

const BURST = 60;

describe.each(engines)('API rate limit in the database on $name', (engine) => {
	let db: Db;
	let second: Db;
	const closers: (() => Promise<void>)[] = [];

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		closers.push(opened.drop);
		if (opened.url) {
			// Another process's view of the same database: its own pool of connections.
			const other = await openDatabase({ role: 'tool', config: { engine: 'postgres', url: opened.url } });
			second = other.db;
			closers.unshift(() => other.close());
		} else second = db;
	});
	afterAll(async () => {
		for (const close of closers) await close();
	});

	const takeOne = (on: Db, key: string, rule: { capacity: number; refillPerSecond: number }) =>
		takeRateTokens(on, { bucket: 'api', ...rule }, new Map([[key, 1]])).then((m) => m.get(key)!);

	it(`gives exactly the capacity to ${BURST} simultaneous takes over two connection pools`, async () => {
		const rule = { capacity: 10, refillPerSecond: 1 / 60 };
		const results = await Promise.all(Array.from({ length: BURST }, (_, i) => takeOne(i % 2 ? second : db, 'burst-client', rule)));
		expect(results.filter((r) => r.taken === 1)).toHaveLength(10);
		expect(results.filter((r) => r.taken === 0)).toHaveLength(BURST - 10);
		expect((await takeOne(db, 'another-client', rule)).taken).toBe(1);
	});

	it('one statement serves many clients, each bucket giving at most what it holds', async () => {
		const rule = { bucket: 'api', capacity: 5, refillPerSecond: 1 / 60 };
		const first = await takeRateTokens(db, rule, new Map([['many-a', 3], ['many-b', 9]]));
		expect(first.get('many-a')).toMatchObject({ taken: 3 });
		expect(first.get('many-b')).toMatchObject({ taken: 5 });
		const second_ = await takeRateTokens(second, rule, new Map([['many-a', 4], ['many-b', 1]]));
		expect(second_.get('many-a')?.taken).toBe(2);
		expect(second_.get('many-b')?.taken).toBe(0);
	});

	it('refills at its rate: a bucket emptied at 20 tokens a second has one again after 50 ms', async () => {
		const rule = { capacity: 2, refillPerSecond: 20 };
		expect((await takeOne(db, 'refill-client', rule)).taken).toBe(1);
		expect((await takeOne(db, 'refill-client', rule)).taken).toBe(1);
		expect((await takeOne(db, 'refill-client', rule)).taken).toBe(0);
		await new Promise((r) => setTimeout(r, 120));
		expect((await takeOne(second, 'refill-client', rule)).taken).toBe(1);
	});

	it('two limiters (two app instances) on one database allow one client the limit once, not once each', async () => {
		const options = { bucket: 'api', capacity: 6, refillPerSecond: 6 / 60 };
		const a = new DatabaseTokenBuckets(() => db, options);
		const b = new DatabaseTokenBuckets(() => second, options);
		const now = Date.now();
		const decisions = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).take('203.0.113.9', now)));
		expect(decisions.filter((d) => d.allowed)).toHaveLength(6);
		// RateLimit-Remaining counts down over the allowed ones: 5, 4, … 0.
		expect(decisions.flatMap((d) => (d.allowed ? [d.remaining] : [])).sort()).toEqual([0, 1, 2, 3, 4, 5]);
		// Same for the next: both instances now refuse, with a Retry-After of about 10 s (6 a minute).
		const next = await b.take('203.0.113.9', now);
		expect(next).toEqual({ allowed: false, retryAfterSeconds: 10 });
		expect((await a.take('198.51.100.20', now)).allowed).toBe(true);
	});

	it('answers a refused client from memory until its bucket refills, without asking the database', async () => {
		let asked = 0;
		const counting = () => {
			asked++;
			return db;
		};
		const limiter = new DatabaseTokenBuckets(counting, { bucket: 'api', capacity: 1, refillPerSecond: 1 });
		const now = Date.now();
		expect((await limiter.take('192.0.2.77', now)).allowed).toBe(true);
		expect((await limiter.take('192.0.2.77', now)).allowed).toBe(false);
		const before = asked;
		for (let i = 0; i < 20; i++) expect((await limiter.take('192.0.2.77', now + 10)).allowed).toBe(false);
		expect(asked).toBe(before);
		await new Promise((r) => setTimeout(r, 1100));
		expect((await limiter.take('192.0.2.77', Date.now())).allowed).toBe(true);
	});

	it('counts in memory while the database cannot be reached', async () => {
		const limiter = new DatabaseTokenBuckets(() => {
			throw new Error('connection refused');
		}, { bucket: 'api', capacity: 2, refillPerSecond: 1 / 60 });
		const now = Date.now();
		const decisions = [await limiter.take('192.0.2.88', now), await limiter.take('192.0.2.88', now), await limiter.take('192.0.2.88', now)];
		expect(decisions.map((d) => d.allowed)).toEqual([true, true, false]);
	});
});
