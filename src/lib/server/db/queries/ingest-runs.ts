// Ingest runs: one row per ingestion (CLI, API, demo, poll, re-extraction) with its tallies and errors.
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { IngestError, IngestRunTable } from '../schema';

export interface IngestTallies {
	read: number;
	new: number;
	duplicate: number;
	nearDuplicate: number;
	failed: number;
	statementsAdded: number;
	errors: IngestError[];
}

/** Stored errors are capped: a run over a broken million-line file must not write a huge row. */
const MAX_STORED_ERRORS = 1000;

/** A running run beats at least this often (see `HEARTBEAT_MS` in the pipeline)… */
export const HEARTBEAT_INTERVAL_MS = 60_000;
/** …so one silent for this long has lost its process, wherever that ran. */
export const STALE_RUN_MS = 10 * 60_000;

export interface RunOwner {
	host: string;
	pid: number;
}

export function currentOwner(): RunOwner {
	return { host: hostname(), pid: process.pid };
}

export async function startIngestRun(db: Db, trigger: IngestRunTable['trigger'], sources: string[], owner: RunOwner = currentOwner()): Promise<number> {
	const row = await db
		.insertInto('ingest_runs')
		.values({ trigger, sources: sources.map(storableText), errors: '[]', owner_host: owner.host, owner_pid: owner.pid, heartbeat_at: sql<Date>`now()` })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function beatIngestRun(db: Db, id: number): Promise<void> {
	await db.updateTable('ingest_runs').set({ heartbeat_at: sql<Date>`now()` }).where('id', '=', id).where('status', '=', 'running').execute();
}

/** Whether a process with this id runs on this machine. EPERM: it exists, owned by someone else. */
function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Marks `interrupted` every run still `running` whose owner is gone: on this host, a process id
 * that no longer exists; anywhere (other hosts of a PostgreSQL deployment, rows from before owners
 * were recorded, a reused process id), a heartbeat older than STALE_RUN_MS. A live run beats every
 * minute, so it is never taken for dead. Returns the ids marked.
 */
export async function markInterruptedRuns(db: Db, self: RunOwner = currentOwner()): Promise<number[]> {
	const running = await db
		.selectFrom('ingest_runs')
		.select(['id', 'owner_host', 'owner_pid', sql<boolean>`coalesce(heartbeat_at, started_at) < now() - interval '1 second' * ${STALE_RUN_MS / 1000}::integer`.as('stale')])
		.where('status', '=', 'running')
		.execute();
	const gone = running
		.filter((run) => run.stale || (run.owner_host === self.host && run.owner_pid !== null && run.owner_pid !== self.pid && !processAlive(run.owner_pid)))
		.map((run) => run.id);
	if (gone.length === 0) return [];
	await db
		.updateTable('ingest_runs')
		.set({
			status: 'interrupted',
			finished_at: sql<Date>`coalesce(heartbeat_at, started_at)`,
			errors: sql<string>`errors || ${JSON.stringify([{ item: 'run', reason: 'interrupted: the process running it stopped (killed or crashed) before it finished; run the ingest again — stored articles are kept and are not duplicated' }])}::jsonb`
		})
		.where('id', 'in', gone)
		.where('status', '=', 'running')
		.execute();
	return gone;
}

/** PostgreSQL stores neither NUL in text nor \u0000 in jsonb: show it escaped instead. */
export function storableText(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/\u0000/g, '\\u0000').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export async function finishIngestRun(db: Db, id: number, tallies: IngestTallies, status: 'done' | 'failed'): Promise<void> {
	await db
		.updateTable('ingest_runs')
		.set({
			status,
			finished_at: new Date(),
			items_read: tallies.read,
			items_new: tallies.new,
			items_duplicate: tallies.duplicate,
			items_near_duplicate: tallies.nearDuplicate,
			items_failed: tallies.failed,
			statements_added: tallies.statementsAdded,
			errors: JSON.stringify(tallies.errors.slice(0, MAX_STORED_ERRORS).map((e) => ({ item: storableText(e.item), reason: storableText(e.reason) })))
		})
		.where('id', '=', id)
		.execute();
}

export async function countIngestRuns(db: Db): Promise<number> {
	const row = await db.selectFrom('ingest_runs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function findIngestRun(db: Db, id: number) {
	return db.selectFrom('ingest_runs').selectAll().where('id', '=', id).executeTakeFirst();
}
