// The server's jobs: on the embedded database (PGlite, the default) the server runs one worker
// itself, so `npm start` alone polls the sources; on PostgreSQL workers are separate processes
// (`npm run worker`, any number) unless WORKERS_IN_PROCESS=1. Either way the server keeps a queue
// client for the admin page's "retry".
import type PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../db/connect';
import { defaultExtractor } from '../ingest/default-extractor';
import { loadGazetteer } from '../resolve/gazetteer';
import { startQueue } from './queue';
import { startWorker, type RunningWorker } from './worker';

let boss: Promise<PgBoss> | undefined;
let worker: RunningWorker | undefined;
let opened: DatabaseHandle | undefined;

export function runsWorkerInProcess(handle: DatabaseHandle, env = process.env): boolean {
	const setting = env.WORKERS_IN_PROCESS?.trim();
	if (setting === '0' || setting === '1') return setting === '1';
	return handle.engine === 'pglite';
}

export async function startJobs(handle: DatabaseHandle): Promise<void> {
	opened = handle;
	if (!runsWorkerInProcess(handle)) return;
	const queue = await queueClient();
	worker = await startWorker(handle.db, queue, { extractor: defaultExtractor(await loadGazetteer()) });
	console.log('Pledgewatch worker: running in this process (sources are polled from here)');
}

/** The queue, started on first use (a PostgreSQL server without a worker starts it for "retry" only). */
export function queueClient(): Promise<PgBoss> {
	if (!opened) return Promise.reject(new Error('The job queue needs the database: startJobs() runs at server start.'));
	const handle = opened;
	boss ??= startQueue(handle, { supervise: runsWorkerInProcess(handle) }).catch((error) => {
		boss = undefined;
		throw error;
	});
	return boss;
}

export async function stopJobs(): Promise<void> {
	await worker?.stop().catch(() => undefined);
	worker = undefined;
	const running = boss;
	boss = undefined;
	await (await running?.catch(() => undefined))?.stop({ graceful: false, wait: true }).catch(() => undefined);
}
