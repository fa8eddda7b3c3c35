// Shares the server's PGlite with local command-line tools over the PostgreSQL wire protocol, so
// `npm run db:migrate` or `npm run ingest` work while `npm start` holds the embedded database.
// pglite-socket's own queue isolates socket clients from each other but not from in-process
// queries, so each socket client's unit of work goes through the same SessionGate as the app's.
import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import type { SessionGate } from './session-gate';

const SYNC = 0x53; // 'S': ends an extended-protocol sequence
const QUERY = 0x51; // 'Q': a simple query is its own unit
const TERMINATE = 0x58; // 'X'
const STARTUP = 0x00; // the startup packet has no type byte; its length's first byte is 0

/** What PGLiteSocketHandler expects of a queue (its declared class has private members). */
interface QueryQueue {
	enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
	clearQueueForHandler(handlerId: number): void;
	clearTransactionIfNeeded(handlerId: number): Promise<void>;
	getQueueLength(): number;
}

class GatedQueue implements QueryQueue {
	private readonly owners = new Map<number, object>();
	private readonly chains = new Map<number, Promise<unknown>>();
	private readonly detached = new Set<number>();
	private pending = 0;

	constructor(
		private readonly pg: PGlite,
		private readonly gate: SessionGate
	) {}

	private ownerOf(handlerId: number): object {
		let owner = this.owners.get(handlerId);
		if (!owner) this.owners.set(handlerId, (owner = { handlerId }));
		return owner;
	}

	enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
		this.pending++;
		const previous = this.chains.get(handlerId) ?? Promise.resolve();
		const next = previous
			.catch(() => undefined)
			.then(() => this.execute(handlerId, message, onData))
			.finally(() => this.pending--);
		this.chains.set(handlerId, next);
		return next;
	}

	private async execute(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
		if (this.detached.has(handlerId)) throw new Error('connection closed');
		const owner = this.ownerOf(handlerId);
		await this.gate.acquire(owner);
		let bytes = 0;
		try {
			await this.pg.runExclusive(() =>
				this.pg.execProtocolRawStream(message, {
					onRawData: (data: Uint8Array) => {
						bytes += data.length;
						onData(data);
					}
				})
			);
		} finally {
			const endsUnit = [SYNC, QUERY, TERMINATE, STARTUP].includes(message[0]);
			if (endsUnit && !this.pg.isInTransaction()) this.gate.release(owner);
		}
		return bytes;
	}

	clearQueueForHandler(handlerId: number): void {
		this.detached.add(handlerId);
	}

	async clearTransactionIfNeeded(handlerId: number): Promise<void> {
		const owner = this.ownerOf(handlerId);
		// A client that vanished mid-transaction must not leave the session locked or half-written.
		if (this.gate.isHeldBy(owner)) {
			if (this.pg.isInTransaction()) await this.pg.exec('rollback');
			this.gate.release(owner);
		}
		this.owners.delete(handlerId);
		this.chains.delete(handlerId);
	}

	getQueueLength(): number {
		return this.pending;
	}
}

export interface SharedPGlite {
	port: number;
	close(): Promise<void>;
}

/** Listens on 127.0.0.1 (never a public interface) on `port`, 0 meaning any free port. */
export async function sharePGlite(pg: PGlite, gate: SessionGate, port = 0, maxConnections = 16): Promise<SharedPGlite> {
	const queue = new GatedQueue(pg, gate);
	const handlers = new Set<PGLiteSocketHandler>();
	const server: Server = createServer((socket: Socket) => {
		const handler = new PGLiteSocketHandler({
			queryQueue: queue as unknown as ConstructorParameters<typeof PGLiteSocketHandler>[0]['queryQueue'],
			closeOnDetach: true
		});
		handlers.add(handler);
		socket.on('close', () => handlers.delete(handler));
		void handler.attach(socket);
	});
	server.maxConnections = maxConnections;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('PGlite share: no TCP address');
	return {
		port: address.port,
		async close() {
			await Promise.all([...handlers].map((h) => h.detach(true)));
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}
