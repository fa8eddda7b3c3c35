// Opens the one database layer over either engine. The app and every CLI go through here, so the
// rules live in one place: PostgreSQL through a `pg` pool; embedded PGlite guarded by a folder
// lock; a server shares its PGlite over a local socket, and a tool finds that socket and joins.
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { resolveDatabaseConfig, describeConfig, type DatabaseConfig } from './config';
import { acquireFolderLock, FolderInUseError, readLock, type LockInfo } from './folder-lock';
import { GatedPGliteDialect } from './pglite-driver';
import { sharePGlite } from './pglite-share';
import type { Database } from './schema';
import { SessionGate } from './session-gate';
import { pgliteParsers, pgTypes } from './type-parsers';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
	db: Db;
	/** postgres: a server; pglite: this process owns the folder; pglite-shared: joined a running server. */
	engine: 'postgres' | 'pglite' | 'pglite-shared';
	/** Human-readable, without secrets. */
	description: string;
	close(): Promise<void>;
}

export interface OpenOptions {
	config?: DatabaseConfig;
	/** A server owns the folder and shares it; a tool joins a running server or owns the folder briefly. */
	role: 'server' | 'tool';
	/** Named in the lock file so a blocked process can say who holds the folder. */
	command?: string;
	/** How long a tool waits for a starting server to publish its port. */
	waitForServerMs?: number;
	poolSize?: number;
}

// The pool behind each PostgreSQL server handle, for what Kysely cannot drive: streaming COPY.
// Joined PGlite sockets are left out: PGlite is one session, and COPY would hold it for a download.
const serverPools = new WeakMap<Db, pg.Pool>();

// Owned PGlite handles can also run a script of several statements without parameters (PGlite's
// query() takes one statement); the job queue library installs its schema that way.
const scriptRunners = new WeakMap<Db, (text: string) => Promise<{ rows: unknown[] }>>();

/** Runs a multi-statement script on an owned PGlite, inside the session gate; undefined elsewhere. */
export function scriptRunnerOf(db: Db): ((text: string) => Promise<{ rows: unknown[] }>) | undefined {
	return scriptRunners.get(db);
}

/** The `pg` pool of a PostgreSQL server handle; undefined on PGlite, owned or joined. */
export function serverPoolOf(db: Db): pg.Pool | undefined {
	return serverPools.get(db);
}

export interface PostgresPoolOptions {
	poolSize: number;
	/** Shown in pg_stat_activity, so an operator (and a test) can tell whose connections these are. */
	applicationName?: string;
	/** Give up connecting after this long (pg's default waits forever). */
	connectionTimeoutMs?: number;
	/** Told about every lost connection and failed query, besides the log line (read-replica.ts). */
	onError?: (error: Error) => void;
}

function openPostgres(url: string, options: PostgresPoolOptions): { db: Db; pool: pg.Pool } {
	const pool = new pg.Pool({
		connectionString: url,
		max: options.poolSize,
		types: pgTypes,
		application_name: options.applicationName,
		connectionTimeoutMillis: options.connectionTimeoutMs
	});
	const onError = options.onError ?? (() => {});
	// An idle client losing its server must not crash the process; the next query reports it.
	pool.on('error', (error) => {
		console.error(`database pool: ${error.message}`);
		onError(error);
	});
	// Nor a checked-out one: pg emits 'error' on a client that is between queries (a transaction's
	// JavaScript, a paused export) when the server goes away, and the pool listens only to idle
	// clients. Unheard, that event ended the process when the database stopped under load (issue 15).
	// The query in progress or the next one fails, and the pool drops the dead client on release.
	pool.on('connect', (client) => {
		client.on('error', (error) => {
			console.error(`database connection: ${error.message}`);
			onError(error);
		});
	});
	const db = new Kysely<Database>({
		dialect: new PostgresDialect({ pool }),
		log: options.onError
			? (event) => {
					if (event.level === 'error') onError(event.error as Error);
				}
			: undefined
	});
	return { db, pool };
}

/** A PostgreSQL server's handle whose pool serves COPY too (serverPoolOf); read-replica.ts opens the replica with it. */
export function openPostgresDb(url: string, options: PostgresPoolOptions): Db {
	const { db, pool } = openPostgres(url, options);
	serverPools.set(db, pool);
	return db;
}

async function openOwnedPGlite(dataDir: string, options: OpenOptions): Promise<DatabaseHandle> {
	const memory = dataDir === 'memory://';
	const lock = memory ? null : acquireFolderLock(dataDir, options.role, options.command ?? process.argv.slice(1).join(' '));
	let pglite: PGlite | undefined;
	try {
		pglite = await PGlite.create({ dataDir: memory ? undefined : dataDir, parsers: pgliteParsers });
		const gate = new SessionGate();
		const share = options.role === 'server' && !memory ? await sharePGlite(pglite, gate) : null;
		if (share) lock?.setPort(share.port);
		const db = new Kysely<Database>({ dialect: new GatedPGliteDialect(pglite, gate) });
		const opened = pglite;
		scriptRunners.set(db, (text) =>
			gate.run({}, async () => {
				const results = await opened.exec(text);
				return { rows: results.at(-1)?.rows ?? [] };
			})
		);
		return {
			db,
			engine: 'pglite',
			description: describeConfig({ engine: 'pglite', dataDir }) + (share ? ` (shared on 127.0.0.1:${share.port})` : ''),
			async close() {
				await share?.close();
				await db.destroy();
				await opened.close();
				lock?.release();
			}
		};
	} catch (error) {
		await pglite?.close().catch(() => undefined);
		lock?.release();
		throw error;
	}
}

async function waitForPort(dataDir: string, holder: LockInfo, waitMs: number): Promise<number | null> {
	const deadline = Date.now() + waitMs;
	let current: LockInfo | null = holder;
	while (current && current.port === null && current.role === 'server' && Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 100));
		current = readLock(dataDir);
	}
	return current?.port ?? null;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
	const config = options.config ?? resolveDatabaseConfig();
	if (config.engine === 'postgres') {
		const db = openPostgresDb(config.url, { poolSize: options.poolSize ?? 10 });
		return { db, engine: 'postgres', description: describeConfig(config), close: () => db.destroy() };
	}
	try {
		return await openOwnedPGlite(config.dataDir, options);
	} catch (error) {
		if (!(error instanceof FolderInUseError)) throw error;
		const { holder } = error;
		if (options.role === 'server') {
			throw new Error(
				`${error.message}\nOnly one server can use an embedded database folder. Stop that process, ` +
					`or give this one its own folder (PGLITE_DIR=…), or use PostgreSQL (DATABASE_URL=…).`,
				{ cause: error }
			);
		}
		const port = holder.role === 'server' ? await waitForPort(config.dataDir, holder, options.waitForServerMs ?? 15_000) : null;
		if (port === null) {
			throw new Error(`${error.message}\nWait for it to finish and run this command again.`, { cause: error });
		}
		// One connection: the server's gate already serializes the session, more would only queue.
		const { db } = openPostgres(`postgres://postgres@127.0.0.1:${port}/postgres`, { poolSize: 1 });
		return {
			db,
			engine: 'pglite-shared',
			description: `${describeConfig(config)} via the running server (pid ${holder.pid}, 127.0.0.1:${port})`,
			close: () => db.destroy()
		};
	}
}
