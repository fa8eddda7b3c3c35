// One PGlite instance is one PostgreSQL session. When several clients share it (the app itself and
// command-line tools over the socket), a client's multi-statement unit — an open transaction, or a
// Parse/Bind/Execute sequence up to its Sync — must run without anyone else's statements in
// between, or one client would write inside another's transaction and lose it on its rollback.
// The gate grants the session to one owner at a time.

export type GateOwner = object;

export class SessionGate {
	private owner: GateOwner | null = null;
	private waiters: Array<() => void> = [];

	async acquire(owner: GateOwner): Promise<void> {
		while (this.owner !== null && this.owner !== owner) {
			await new Promise<void>((resolve) => this.waiters.push(resolve));
		}
		this.owner = owner;
	}

	release(owner: GateOwner): void {
		if (this.owner !== owner) return;
		this.owner = null;
		this.waiters.shift()?.();
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
