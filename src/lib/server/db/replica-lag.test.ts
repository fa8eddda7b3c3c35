// The lag of a replica in time, from the primary's WAL positions noted at each check, and the
// DATABASE_READ_URL settings that bound it.
import { describe, expect, it } from 'vitest';
import { resolveReadReplicaConfig } from './config';
import { LagTracker, parseLsn } from './replica-lag';

describe('parseLsn', () => {
	it('orders positions across the 4 GB boundary', () => {
		expect(parseLsn('0/FFFFFFFF') < parseLsn('1/0')).toBe(true);
		expect(parseLsn('16/B374D848')).toBe(0x16b374d848n);
		expect(() => parseLsn('16-B374')).toThrow(/not a WAL position/);
	});
});

describe('LagTracker', () => {
	const lsn = (n: number) => BigInt(n);

	it('an idle primary: a replica at its position is as old as the last check', () => {
		const t = new LagTracker(30_000);
		t.record(1000, lsn(100));
		t.record(2000, lsn(100));
		t.record(3000, lsn(100));
		expect(t.staleness(3200, lsn(100))).toBe(200);
	});

	it('a busy primary: the replica is as old as the newest position it has replayed', () => {
		const t = new LagTracker(30_000);
		for (let s = 0; s <= 10; s++) t.record(s * 1000, lsn(100 + s * 10));
		// Replayed up to what the primary had at 7 s (170), not yet 8 s (180): 3.5 s behind at 10.5 s.
		expect(t.staleness(10_500, lsn(175))).toBe(3500);
		expect(t.staleness(10_500, lsn(200))).toBe(500);
	});

	it('a replica behind every remembered position has an unknown (too large) lag', () => {
		const t = new LagTracker(5000);
		for (let s = 0; s <= 20; s++) t.record(s * 1000, lsn(100 + s));
		expect(t.staleness(20_000, lsn(110))).toBeNull();
		expect(t.staleness(20_000, lsn(115))).toBe(5000);
	});

	it('has no answer before the first check', () => {
		expect(new LagTracker(1000).staleness(0, lsn(5))).toBeNull();
	});
});

describe('resolveReadReplicaConfig', () => {
	const primary = 'postgres://app@db-primary:5432/pledgewatch';

	it('is off without DATABASE_READ_URL', () => {
		expect(resolveReadReplicaConfig({ DATABASE_URL: primary })).toBeNull();
		expect(resolveReadReplicaConfig({})).toBeNull();
	});

	it('reads the URL and the lag bound, and checks often enough for the bound', () => {
		expect(resolveReadReplicaConfig({ DATABASE_URL: primary, DATABASE_READ_URL: 'postgres://app@db-replica/pledgewatch' })).toEqual({
			url: 'postgres://app@db-replica/pledgewatch',
			maxLagMs: 10_000,
			checkEveryMs: 1000
		});
		expect(resolveReadReplicaConfig({ DATABASE_URL: primary, DATABASE_READ_URL: 'postgres://r/db', DATABASE_READ_MAX_LAG_SECONDS: '0.8' })).toMatchObject({ maxLagMs: 800, checkEveryMs: 200 });
	});

	it('refuses settings that cannot work, naming the variable', () => {
		expect(() => resolveReadReplicaConfig({ DATABASE_READ_URL: 'postgres://r/db' })).toThrow(/DATABASE_READ_URL is set but DATABASE_URL is not/);
		expect(() => resolveReadReplicaConfig({ DATABASE_URL: primary, DATABASE_READ_URL: 'mysql://r/db' })).toThrow(/DATABASE_READ_URL must start with postgres/);
		expect(() => resolveReadReplicaConfig({ DATABASE_URL: primary, DATABASE_READ_URL: 'postgres://r/db', DATABASE_READ_MAX_LAG_SECONDS: 'soon' })).toThrow(/DATABASE_READ_MAX_LAG_SECONDS/);
	});
});
