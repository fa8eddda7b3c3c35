// A hot standby (DATABASE_READ_URL) that public reads may use while it answers and is close enough
// behind the primary. The decision is remade every check (about once a second) and at once when a
// replica connection or query fails as "unavailable": the next request then reads from the primary.
// Every change of decision is logged once, with the reason; the replica is tried again at every
// check, so public reads return to it by themselves once it answers and has caught up.
import { sql } from 'kysely';
import { describePostgresUrl, type ReadReplicaConfig } from './config';
import { openPostgresDb, type Db } from './connect';
import { LagTracker, parseLsn } from './replica-lag';
import { isDatabaseUnavailable, isRecoveryConflict } from './unavailable';

export type ReplicaReason = 'starting' | 'unreachable' | 'lagging' | 'not a standby';

export interface ReadReplicaOptions {
	primary: Db;
	replica: Db;
	/** Printed in log lines: where the replica is, without secrets. */
	name: string;
	maxLagMs: number;
	checkEveryMs: number;
	log?: (line: string) => void;
	now?: () => number;
}

/** The replica's pool: big enough for the public pages, and quick to give up on a host that is gone. */
const REPLICA_POOL = { poolSize: 10, applicationName: 'pledgewatch public reads', connectionTimeoutMs: 3000 };

export class ReadReplica {
	readonly db: Db;
	private readonly primary: Db;
	private readonly tracker: LagTracker;
	private state: { inUse: boolean; reason: ReplicaReason | null } = { inUse: false, reason: 'starting' };
	private lastStalenessMs: number | null = null;
	private checking: Promise<void> | undefined;
	private timer: ReturnType<typeof setInterval> | undefined;
	private readonly log: (line: string) => void;
	private readonly now: () => number;

	constructor(private readonly options: ReadReplicaOptions) {
		this.db = options.replica;
		this.primary = options.primary;
		// Remember positions well past the bound, so "behind all of them" means "too far behind".
		this.tracker = new LagTracker(options.maxLagMs * 2 + options.checkEveryMs * 4);
		this.log = options.log ?? ((line) => console.log(line));
		this.now = options.now ?? Date.now;
	}

	/** Whether public reads should go to the replica now. */
	get inUse(): boolean {
		return this.state.inUse;
	}

	/** Why the replica is not in use (null while it is), and its last measured staleness. */
	get status(): { inUse: boolean; reason: ReplicaReason | null; stalenessMs: number | null } {
		return { ...this.state, stalenessMs: this.lastStalenessMs };
	}

	/** Measures once, then again every `checkEveryMs` until stop(). */
	async start(): Promise<void> {
		await this.check();
		this.timer = setInterval(() => void this.check(), this.options.checkEveryMs);
		this.timer.unref?.();
	}

	stop(): void {
		if (this.timer) clearInterval(this.timer);
		this.timer = undefined;
	}

	/** A replica connection or query failed: if the replica cannot be reached, stop using it now. */
	reportFailure(error: unknown): void {
		// A query cancelled by replay says nothing about reaching the replica.
		if (!isDatabaseUnavailable(error) || isRecoveryConflict(error)) return;
		this.decide(false, 'unreachable', (error as Error).message);
	}

	/** One measurement; concurrent callers share it. */
	check(): Promise<void> {
		this.checking ??= this.measure().finally(() => (this.checking = undefined));
		return this.checking;
	}

	private async measure(): Promise<void> {
		const timeoutMs = Math.max(2000, this.options.checkEveryMs * 2);
		// The primary first: a replica that has replayed this position has everything the primary
		// had when we asked, so the time noted (taken before asking) can only overstate the lag.
		const askedAt = this.now();
		let primaryAnswered = false;
		try {
			const { rows } = await withTimeout(sql<{ lsn: string }>`select pg_current_wal_flush_lsn()::text as lsn`.execute(this.primary), timeoutMs);
			this.tracker.record(askedAt, parseLsn(rows[0].lsn));
			primaryAnswered = true;
		} catch {
			// The primary is unreachable: the lag cannot be measured, and the decision below stays as
			// it was (a replica in use keeps serving the public pages while the primary is away).
		}
		let standby: boolean;
		let replayed: string | null;
		try {
			const { rows } = await withTimeout(
				sql<{ standby: boolean; replayed: string | null }>`select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as replayed`.execute(this.db),
				timeoutMs
			);
			({ standby, replayed } = rows[0]);
		} catch (error) {
			this.decide(false, 'unreachable', (error as Error).message);
			return;
		}
		if (!standby) {
			this.decide(false, 'not a standby');
			return;
		}
		if (!primaryAnswered) {
			// Back from unreachable with no primary to compare with: nothing better to read from.
			if (this.state.reason === 'unreachable' || this.state.reason === 'starting') this.decide(true, null);
			return;
		}
		const staleness = replayed === null ? null : this.tracker.staleness(this.now(), parseLsn(replayed));
		this.lastStalenessMs = staleness;
		const { maxLagMs } = this.options;
		// Back in use only well inside the bound, so a replica hovering at the bound does not flap.
		const fresh = staleness !== null && staleness <= (this.state.inUse ? maxLagMs : maxLagMs / 2);
		if (fresh) this.decide(true, null);
		else this.decide(false, 'lagging');
	}

	private decide(inUse: boolean, reason: ReplicaReason | null, detail?: string): void {
		if (this.state.inUse === inUse && this.state.reason === reason) return;
		this.state = { inUse, reason };
		const { name, maxLagMs, checkEveryMs } = this.options;
		const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
		if (inUse) {
			const behind = this.lastStalenessMs === null ? 'lag not measured: the primary is unreachable' : `${seconds(this.lastStalenessMs)} behind the primary`;
			this.log(`read replica ${name}: in use for public reads (${behind})`);
		} else if (reason === 'unreachable') {
			this.log(`read replica ${name}: unreachable (${detail ?? 'no answer'}); public reads use the primary, the replica is tried again every ${seconds(checkEveryMs)}`);
		} else if (reason === 'lagging') {
			const behind = this.lastStalenessMs === null ? `more than ${seconds(maxLagMs)}` : seconds(this.lastStalenessMs);
			this.log(`read replica ${name}: ${behind} behind the primary (bound ${seconds(maxLagMs)}); public reads use the primary until it catches up`);
		} else if (reason === 'not a standby') {
			this.log(`read replica ${name}: not a hot standby (pg_is_in_recovery() is false); public reads stay on the primary`);
		}
	}
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Opens the replica's pool; the caller starts and stops the checks. */
export function openReadReplica(primary: Db, config: ReadReplicaConfig, log?: (line: string) => void): ReadReplica {
	// The pool reports lost connections and failed queries to the replica object that owns it
	// (only ever after this function has returned: nothing connects before the first query).
	const replica: ReadReplica = new ReadReplica({
		primary,
		replica: openPostgresDb(config.url, { ...REPLICA_POOL, onError: (error) => replica.reportFailure(error) }),
		name: describePostgresUrl(config.url),
		maxLagMs: config.maxLagMs,
		checkEveryMs: config.checkEveryMs,
		log
	});
	return replica;
}
