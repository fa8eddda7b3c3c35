// How far behind the primary a streaming replica is, in time, without writing anything. Every check
// notes the primary's flushed WAL position with the time it was read; a replica that has replayed
// up to a noted position holds everything the primary had at that moment, so its data is at most
// (now − that moment) old. Idle primary: the replica has replayed the newest position and the
// staleness is about one check interval; busy primary: it measures the real replay delay. Byte
// distances (pg_wal_lsn_diff) would say nothing about how old the data a reader sees is.

/** A WAL position ('16/B374D848') as a number that compares correctly. */
export function parseLsn(text: string): bigint {
	const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
	if (!match) throw new Error(`not a WAL position: "${text}"`);
	return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

interface Sample {
	at: number;
	lsn: bigint;
}

export class LagTracker {
	private samples: Sample[] = [];

	/** @param keepMs how far back positions are remembered: more than the lag bound. */
	constructor(private readonly keepMs: number) {}

	/** The primary had flushed up to `lsn` at `at`. */
	record(at: number, lsn: bigint): void {
		const last = this.samples.at(-1);
		// An unchanged position: the newer time is what counts (the primary was idle until then).
		if (last && last.lsn === lsn) last.at = at;
		else this.samples.push({ at, lsn });
		while (this.samples.length > 1 && this.samples[1].at < at - this.keepMs) this.samples.shift();
	}

	/**
	 * How old the replica's data is at `now`, given the position it has replayed: null when it is
	 * behind every position remembered (older than the remembered window, or not measured yet).
	 */
	staleness(now: number, replayed: bigint): number | null {
		for (let i = this.samples.length - 1; i >= 0; i--) {
			if (this.samples[i].lsn <= replayed) return Math.max(0, now - this.samples[i].at);
		}
		return null;
	}
}
