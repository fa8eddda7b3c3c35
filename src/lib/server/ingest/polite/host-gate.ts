// At most N requests in flight to one host from this process: a newsroom's server sees a worker
// as a polite reader, not a burst. (Each worker process keeps its own gate; N workers may reach N × limit.)

export class HostGate {
	private readonly active = new Map<string, number>();
	private readonly waiting = new Map<string, (() => void)[]>();

	constructor(private readonly perHost: number) {
		if (!(perHost >= 1)) throw new Error('HostGate: perHost must be at least 1');
	}

	/** Runs `work` once the host has a free slot. */
	async run<T>(host: string, work: () => Promise<T>): Promise<T> {
		await this.acquire(host);
		try {
			return await work();
		} finally {
			this.release(host);
		}
	}

	/** Requests in flight to the host now (for tests and logs). */
	inFlight(host: string): number {
		return this.active.get(host) ?? 0;
	}

	private acquire(host: string): Promise<void> {
		const n = this.active.get(host) ?? 0;
		if (n < this.perHost) {
			this.active.set(host, n + 1);
			return Promise.resolve();
		}
		return new Promise((resolve) => {
			const queue = this.waiting.get(host) ?? [];
			queue.push(resolve);
			this.waiting.set(host, queue);
		});
	}

	private release(host: string): void {
		const next = this.waiting.get(host)?.shift();
		// The slot passes straight to the next waiter: the count stays the same.
		if (next) return next();
		if (this.waiting.get(host)?.length === 0) this.waiting.delete(host);
		const n = (this.active.get(host) ?? 1) - 1;
		if (n <= 0) this.active.delete(host);
		else this.active.set(host, n);
	}
}
