// The durable job queue: pg-boss 10 (maintained, runs on Node 20; 11+ needs Node 22) in the
// database's `pgboss` schema. On PostgreSQL it keeps its own small pool; on PGlite it goes through
// our handle (its `db` option), so the embedded default runs the same jobs, retries and backoff.
// Why pg-boss rather than graphile-worker: graphile-worker 0.16 (the last for Node 20) needs a
// real `pg` pool and holds a LISTEN connection, which PGlite's single session cannot give; pg-boss
// polls with SELECT … FOR UPDATE SKIP LOCKED and accepts any executeSql, which PGlite runs.
import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import { resolveDatabaseConfig } from '../db/config';
import { scriptRunnerOf, type DatabaseHandle } from '../db/connect';

export const QUEUES = {
	poll: 'source-poll',
	fetch: 'article-fetch',
	ingest: 'article-ingest'
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

function envNumber(name: string, fallback: number): number {
	const n = Number(process.env[name]);
	return Number.isFinite(n) && n > 0 ? n : fallback;
}

/**
 * Retries per queue: a poll twice more, a page and an ingest three more, waits doubling from
 * JOBS_RETRY_DELAY_SECONDS (30). A job whose worker died (killed, machine lost) stays active until
 * it expires, JOBS_EXPIRE_SECONDS (900) after it started, and is retried at the next maintenance.
 */
export function queueOptions(name: QueueName): PgBoss.Queue {
	const retryDelay = envNumber('JOBS_RETRY_DELAY_SECONDS', 30);
	const retryLimit = name === QUEUES.poll ? 2 : 3;
	return { name, retryLimit, retryDelay, retryBackoff: true, expireInSeconds: envNumber('JOBS_EXPIRE_SECONDS', 15 * 60), retentionDays: 14 };
}

/** `url`: the PostgreSQL database's address when it is not DATABASE_URL (tests). */
export async function startQueue(handle: DatabaseHandle, options: { supervise?: boolean; url?: string } = {}): Promise<PgBoss> {
	// Maintenance (expiring the jobs of dead workers, archiving) runs in one process per interval:
	// JOBS_MAINTENANCE_SECONDS, pg-boss's 120 by default.
	const common = { supervise: options.supervise ?? true, schedule: false, maintenanceIntervalSeconds: envNumber('JOBS_MAINTENANCE_SECONDS', 120) } as const;
	let boss: PgBoss;
	if (handle.engine === 'postgres') {
		const config = resolveDatabaseConfig();
		const url = options.url ?? (config.engine === 'postgres' ? config.url : null);
		if (!url) throw new Error('startQueue: a PostgreSQL handle needs DATABASE_URL');
		boss = new PgBoss({ connectionString: url, max: 4, ...common });
	} else {
		const db = handle.db;
		const script = scriptRunnerOf(db);
		boss = new PgBoss({
			db: {
				// A script without parameters may hold several statements (the schema install).
				executeSql: (text: string, values: unknown[] = []) => (values.length === 0 && script ? script(text) : db.executeQuery(CompiledQuery.raw(text, values)))
			},
			...common
		});
	}
	boss.on('error', (error) => console.error(`job queue: ${error.message}`));
	await boss.start();
	for (const name of Object.values(QUEUES)) await ensureQueue(boss, name);
	return boss;
}

// Workers started together race to create the same queue (pg-boss 10 adds a row and a partition
// table per queue): one gets a deadlock or a duplicate, and on retry finds the queue made.
const CREATION_RACE = new Set(['40P01', '23505', '42P07', '42710']);

async function ensureQueue(boss: PgBoss, name: QueueName, attempts = 6): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		try {
			if (await boss.getQueue(name)) await boss.updateQueue(name, queueOptions(name));
			else await boss.createQueue(name, queueOptions(name));
			return;
		} catch (error) {
			const code = (error as { code?: unknown }).code;
			if (attempt >= attempts || typeof code !== 'string' || !CREATION_RACE.has(code)) throw error;
			await new Promise((wake) => setTimeout(wake, 50 * attempt + Math.random() * 100));
		}
	}
}
