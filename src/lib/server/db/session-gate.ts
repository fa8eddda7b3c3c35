// One PGlite instance is one PostgreSQL session. When several clients share it (the app itself and
// command-line tools over the socket), a client's multi-statement unit — an open transaction, or a
// Parse/Bind/Execute sequence up to its Sync — must run without anyone else's statements in
// between, or one client would write inside another's transaction and lose it on its rollback.
// The gate grants the session to one owner at a time, first come first served: a release hands
// the session straight to the longest waiter, so a holder that releases and asks again (a busy
// ingest) queues behind the page requests already waiting instead of overtaking them.

export type GateOwner = object;

export class SessionGate {
	private owner: GateOwner | null = null;
	private waiters: Array<{ owner: GateOwner; granted: () => void }> = [];

	async acquire(owner: GateOwner): Promise<void> {
		if (this.owner === owner) return;
		if (this.owner === null && this.waiters.length === 0) {
			this.owner = owner;
			return;
		}
		await new Promise<void>((granted) => this.waiters.push({ owner, granted }));
	}

	release(owner: GateOwner): void {
		if (this.owner !== owner) return;
		const next = this.waiters.shift();
		this.owner = next?.owner ?? null;
		next?.granted();
	}

	isHeldBy(owner: GateOwner): boolean {
		return this.owner === owner;
	}

	/** Runs `work` as one unit: nobody else's statements can run until it ends. */
	async run<T>(owner: GateOwner, work: () => Promise<T>): Promise<T> {
		const alreadyHeld = this.isHeldBy(owner);
		await this.acquire(owner);
		try {
			return await work();
		} finally {
			if (!alreadyHeld) this.release(owner);
		}
	}
}
