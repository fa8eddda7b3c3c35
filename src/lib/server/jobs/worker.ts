// A worker: claims due sources and queues their polls, and works the three queues — poll a source
// → fetch an article → ingest it — each job retried with doubling waits by pg-boss. An item whose
// last retry failed is marked failed on its source (visible and retryable at /admin/sources).
// Any number of workers may run on one database: sources are claimed in the database, each item
// belongs to the poll that first inserted it, and pg-boss hands each job to one worker.
import type PgBoss from 'pg-boss';
import type { Db } from '../db/connect';
import { claimDueSources, findSource, findUnqueuedItems, noteItemJob, recordPollFailure, requeueItem, settleItem } from '../db/queries/sources';
import type { ArticleExtractor } from '../ingest/extractor';
import { PoliteFetcher, RobotsDisallowed } from '../ingest/polite/polite-fetcher';
import { FetchFailed } from '../ingest/sources/fetch-page';
import { fetchItem } from '../sources/fetch-item';
import { ingestItems, type FetchedItem } from '../sources/ingest-items';
import { pollSource, type ClaimedItem } from '../sources/poll-source';
import { QUEUES } from './queue';

export interface WorkerOptions {
	extractor: ArticleExtractor;
	/** How often due sources are looked for (SOURCES_TICK_SECONDS, default 10). */
	tickMs?: number;
	/** How often each queue is asked for work when idle (JOBS_POLL_SECONDS, default 2). */
	pollingIntervalSeconds?: number;
	/** Article fetches in flight in this process (SOURCES_FETCH_CONCURRENCY, default 4). */
	fetchConcurrency?: number;
	fetcher?: PoliteFetcher;
	log?: (line: string) => void;
}

export interface RunningWorker {
	stop(): Promise<void>;
}

type PollJob = { sourceId: number };
type IngestJob = FetchedItem;

const isLastAttempt = (job: PgBoss.JobWithMetadata) => job.retryCount >= job.retryLimit;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function envNumber(name: string, fallback: number): number {
	const n = Number(process.env[name]);
	return Number.isFinite(n) && n > 0 ? n : fallback;
}

/**
 * boss.work, except that a worker which found jobs asks again at once rather than after the polling
 * interval: pg-boss 10 waits out the interval after every fetch, so a queue with work in it would
 * move at most one batch per interval per worker (with 4 fetch workers polling every 2 s, 2 pages
 * a second per process, whatever the backlog). Idle, it still polls at the interval.
 */
async function workWhileBusy<T>(
	boss: PgBoss,
	queue: string,
	options: PgBoss.WorkOptions & { includeMetadata: true },
	handler: (jobs: PgBoss.JobWithMetadata<T>[]) => Promise<void>
): Promise<void> {
	let id: string | null = null;
	id = await boss.work<T>(queue, options, async (jobs) => {
		try {
			await handler(jobs);
		} finally {
			if (id) boss.notifyWorker(id);
		}
	});
}

export async function startWorker(db: Db, boss: PgBoss, options: WorkerOptions): Promise<RunningWorker> {
	const log = options.log ?? ((line: string) => console.log(line));
	const fetcher = options.fetcher ?? new PoliteFetcher();
	const tickMs = options.tickMs ?? envNumber('SOURCES_TICK_SECONDS', 10) * 1000;
	const pollingIntervalSeconds = options.pollingIntervalSeconds ?? envNumber('JOBS_POLL_SECONDS', 2);
	const fetchConcurrency = options.fetchConcurrency ?? envNumber('SOURCES_FETCH_CONCURRENCY', 4);
	const work = { includeMetadata: true as const, pollingIntervalSeconds };

	await workWhileBusy<PollJob>(boss, QUEUES.poll, { ...work, batchSize: 1 }, async ([job]) => {
		const source = await findSource(db, job.data.sourceId);
		if (!source || source.paused) return;
		try {
			const polled = await pollSource(db, fetcher, source);
			const queue = async (item: ClaimedItem) => {
				const id = await boss.send(QUEUES.fetch, item, { singletonKey: `${item.sourceId}:${item.key}` });
				await noteItemJob(db, item.sourceId, item.key, { queue: QUEUES.fetch, id });
			};
			for (const item of polled.claimed) await queue(item);
			// Items an earlier poll claimed but died before queuing (a worker killed mid-poll): no
			// later poll would claim them again, so they are queued here or never. The feed's own
			// words about them are gone; the page is fetched as a page-list item would be.
			const claimedKeys = new Set(polled.claimed.map((c) => c.key));
			const orphans = (await findUnqueuedItems(db, source.id)).filter((o) => !claimedKeys.has(o.key));
			for (const o of orphans) await queue({ sourceId: source.id, key: o.key, url: o.url, title: null, published: null, text: null });
			const recovered = orphans.length > 0 ? `; ${orphans.length} left unqueued by an interrupted poll, queued now` : '';
			log(`source ${source.id} (${source.name}): ${polled.notModified ? 'not modified' : `${polled.listed} listed, ${polled.claimed.length} new`}${recovered}`);
		} catch (error) {
			// The source backs off once per failed poll, after the poll's own retries.
			if (isLastAttempt(job)) await recordPollFailure(db, source.id, messageOf(error), error instanceof FetchFailed ? error.retryAfterSeconds : null);
			throw error;
		}
	});

	const fetchOne = async ([job]: PgBoss.JobWithMetadata<ClaimedItem>[]) => {
		const item = job.data;
		try {
			const raw = await fetchItem(fetcher, item);
			const id = await boss.send(QUEUES.ingest, { sourceId: item.sourceId, key: item.key, item: raw } satisfies IngestJob);
			await noteItemJob(db, item.sourceId, item.key, { queue: QUEUES.ingest, id });
		} catch (error) {
			// robots.txt will say the same next time: no retry.
			if (error instanceof RobotsDisallowed) {
				await settleItem(db, item.sourceId, item.key, 'failed', messageOf(error));
				return;
			}
			if (isLastAttempt(job)) await settleItem(db, item.sourceId, item.key, 'failed', messageOf(error), job.retryCount + 1);
			throw error;
		}
	};
	for (let i = 0; i < fetchConcurrency; i++) await workWhileBusy<ClaimedItem>(boss, QUEUES.fetch, { ...work, batchSize: 1 }, fetchOne);

	// Ingested in batches: one run (one row in ingest_runs) for up to 20 articles.
	await workWhileBusy<IngestJob>(boss, QUEUES.ingest, { ...work, batchSize: 20 }, async (jobs) => {
		const labels = [...new Set(jobs.map((j) => `source ${j.data.sourceId}`))];
		try {
			const result = await ingestItems(db, options.extractor, jobs.map((j) => j.data), labels);
			log(`ingested ${jobs.length}: ${result.new} new, ${result.duplicate} duplicate, ${result.failed} failed`);
		} catch (error) {
			for (const job of jobs.filter(isLastAttempt)) await settleItem(db, job.data.sourceId, job.data.key, 'failed', messageOf(error), job.retryCount + 1);
			throw error;
		}
	});

	let stopped = false;
	const tick = async () => {
		try {
			for (const due of await claimDueSources(db, 20)) await boss.send(QUEUES.poll, { sourceId: due.id } satisfies PollJob, { singletonKey: `poll:${due.id}` });
		} catch (error) {
			log(`sources: could not look for due sources (${messageOf(error)}); trying again in ${tickMs / 1000} s`);
		}
	};
	await tick();
	const timer = setInterval(() => void (stopped || tick()), tickMs);
	return {
		async stop() {
			stopped = true;
			clearInterval(timer);
			await Promise.all(Object.values(QUEUES).map((q) => boss.offWork(q)));
		}
	};
}

/** Puts a failed item back: its source item queued again and its last job retried (or a new fetch). */
export async function retryFailedItem(db: Db, boss: PgBoss, sourceId: number, key: string): Promise<boolean> {
	const item = await requeueItem(db, sourceId, key);
	if (!item) return false;
	const job = item.jobQueue && item.jobId ? await boss.getJobById(item.jobQueue, item.jobId) : null;
	if (job && job.state === 'failed') {
		await boss.retry(item.jobQueue!, item.jobId!);
		return true;
	}
	// No failed job to revive (robots.txt refused it, or the job was cleaned up): fetch it anew.
	const id = await boss.send(QUEUES.fetch, { sourceId, key, url: item.url, title: null, published: null, text: null } satisfies ClaimedItem);
	await noteItemJob(db, sourceId, key, { queue: QUEUES.fetch, id });
	return true;
}
