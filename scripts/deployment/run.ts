// The whole deployment on one machine (issue 14, item 6): a throwaway primary PostgreSQL with a
// streaming replica, two app instances (DATABASE_URL on the primary, DATABASE_READ_URL on the
// replica), two `npm run worker` processes, and fictional news sites on 127.0.0.1 registered as
// sources. Readers hammer both instances while the workers ingest every article through the job
// queue; mid-run one instance and one worker are killed with SIGKILL. Then: was every article
// stored exactly once, did the queue retry what the dead worker held, did the replica get it all,
// did the API's rate limit hold across the two instances. Everything started is stopped and every
// folder removed, also when a step fails.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { openPostgresDb, type Db } from '../../src/lib/server/db/connect';
import { countArticlesLike, countItemStates, countQueueJobs, measureStorage, type ArticleCounts, type QueueJobCounts, type StorageFigures } from '../../src/lib/server/db/queries/deployment-audit';
import { QUEUES } from '../../src/lib/server/jobs/queue';
import { addSource } from '../../src/lib/server/sources/add-source';
import { startBuiltServer, type BuiltServer } from '../../tests/e2e/built-server';
import { asDatabaseUser, findPostgresBin, freePort, startCluster, type Cluster } from '../../tests/e2e/throwaway-postgres';
import { startFeedSites, type FeedSites } from './feed-sites';
import { runReaders, type ReaderStats } from './readers';
import { startWorkerProcess, type WorkerProcess } from './worker-process';

export interface DeploymentOptions {
	articles: number;
	clients: number;
	seconds: number;
	/** News sites (one port each) the articles are spread over. */
	sites?: number;
	/** Items per feed (one source per feed). */
	perFeed?: number;
	/** The API's per-address limit on both instances. */
	apiLimitPerMinute?: number;
	/** The kill comes once this share of the articles is in (so the killed worker has work in hand), at the latest at three quarters of the reading time. */
	killAtShare?: number;
	/** How long to wait for the queue to drain after the readers stop. */
	drainSeconds?: number;
	/** A folder to keep each instance's and worker's output in (for reading their errors afterwards). */
	logDir?: string;
	log?: (line: string) => void;
}

export interface DeploymentReport {
	options: Required<Omit<DeploymentOptions, 'log' | 'logDir'>>;
	readers: ReaderStats;
	rateLimit: { limitPerMinute: number; sent: number; answered: number; refused: number; other: number; seconds: number };
	kill: { atSeconds: number; articlesInAtKill: number; instance: string; worker: string };
	expected: number;
	primary: ArticleCounts;
	replica: ArticleCounts;
	items: Record<string, number>;
	jobs: QueueJobCounts[];
	drainedAfterSeconds: number | null;
	pageFetches: { pages: number; fetchedTwice: number };
	replicaLog: string[];
	/** Articles each worker ingested (worker-b until it was killed). */
	byWorker: Record<string, number>;
	/** Items a killed poll had claimed but not queued, queued by a later poll. */
	recoveredItems: number;
	storage: StorageFigures;
	totalSeconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `count` GETs of one API address from one client address, alternating over the instances, 10 at a time. */
async function probeRateLimit(instances: BuiltServer[], limit: number): Promise<DeploymentReport['rateLimit']> {
	const sent = limit * 2 + 20;
	const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
	const statuses: number[] = [];
	const started = performance.now();
	let next = 0;
	const one = (i: number) =>
		new Promise<number>((resolve, reject) => {
			const url = new URL('/api/v1/articles?limit=1', instances[i % instances.length].baseURL);
			http
				.get(url, { agent, headers: { 'x-forwarded-for': '192.0.2.99' } }, (res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode ?? 0));
				})
				.on('error', reject);
		});
	await Promise.all(
		Array.from({ length: 10 }, async () => {
			while (next < sent) statuses.push(await one(next++));
		})
	);
	agent.destroy();
	const answered = statuses.filter((s) => s === 200).length;
	const refused = statuses.filter((s) => s === 429).length;
	return { limitPerMinute: limit, sent, answered, refused, other: sent - answered - refused, seconds: (performance.now() - started) / 1000 };
}

/** What the readers ask for, in turn: the public pages and the API, over the demo's institutions. */
function readerPaths(slugs: string[]): (c: number, i: number) => string {
	const rota = ['/', '/pledges', 'profile', '/api/v1/pledges?limit=20', '/pledges?category=budget', 'profile', '/api/v1/articles?limit=20', '/pledges?q=anggaran', '/legislatures', '/search?q=jembatan'];
	return (c, i) => {
		const n = c * 3 + i;
		const path = rota[n % rota.length];
		return path === 'profile' ? (slugs.length > 0 ? `/institutions/${slugs[(Math.floor(n / rota.length) + c) % slugs.length]}` : '/') : path;
	};
}

/** Items found claimed but never queued by a poll that died, and queued by a later poll (worker.ts). */
function recoveredBy(worker: WorkerProcess): number {
	return [...worker.output().matchAll(/; (\d+) left unqueued by an interrupted poll/g)].reduce((n, m) => n + Number(m[1]), 0);
}

/** Articles each worker reported ingesting (its "ingested N: …" lines), new or not. */
function ingestedBy(worker: WorkerProcess): number {
	return [...worker.output().matchAll(/^ingested (\d+):/gm)].reduce((n, m) => n + Number(m[1]), 0);
}

export async function runDeployment(input: DeploymentOptions): Promise<DeploymentReport> {
	const options = {
		articles: input.articles,
		clients: input.clients,
		seconds: input.seconds,
		sites: input.sites ?? 4,
		perFeed: input.perFeed ?? 250,
		apiLimitPerMinute: input.apiLimitPerMinute ?? 60,
		killAtShare: input.killAtShare ?? 0.3,
		drainSeconds: input.drainSeconds ?? Math.max(120, Math.ceil(input.articles / 20))
	};
	const log = input.log ?? ((line: string) => console.log(line));
	const began = performance.now();
	const since = () => (performance.now() - began) / 1000;
	const bin = findPostgresBin();
	if (!bin) throw new Error('PostgreSQL binaries (initdb, pg_ctl, pg_basebackup) were not found: set PG_BIN to their folder.');
	const user = asDatabaseUser();
	if (!user) throw new Error('running as root without a `postgres` account to run PostgreSQL as.');

	let cluster: Cluster | undefined;
	let sites: FeedSites | undefined;
	const apps: BuiltServer[] = [];
	const workers: WorkerProcess[] = [];
	const dbs: Db[] = [];
	const cleanup = async () => {
		if (input.logDir) {
			fs.mkdirSync(input.logDir, { recursive: true });
			apps.forEach((a, i) => fs.writeFileSync(path.join(input.logDir!, `app-${'ab'[i]}.log`), a.output()));
			workers.forEach((w) => fs.writeFileSync(path.join(input.logDir!, `${w.name}.log`), w.output()));
		}
		await Promise.all(workers.map((w) => w.stop().catch(() => {})));
		await Promise.all(apps.map((a) => a.stop().catch(() => {})));
		await Promise.all(dbs.map((d) => d.destroy().catch(() => {})));
		await sites?.close().catch(() => {});
		cluster?.cleanup();
	};
	// Ctrl-C or a test runner's SIGTERM: the servers and folders still go.
	const interrupted = () => void cleanup().finally(() => process.exit(130));
	process.once('SIGINT', interrupted);
	process.once('SIGTERM', interrupted);
	try {
		cluster = await startCluster(bin, user, { replica: true, prefix: 'pledgewatch-deploy-' });
		const primaryUrl = cluster.primary.url;
		const replicaUrl = cluster.replica!.url;
		log(`primary on port ${cluster.primary.port}, streaming replica on port ${cluster.replica!.port} (${since().toFixed(1)} s)`);
		const runId = randomBytes(4).toString('hex');
		sites = await startFeedSites({ articles: options.articles, sites: options.sites, perFeed: options.perFeed, runId });
		log(`${options.sites} fictional news sites on 127.0.0.1: ${sites.articleUrls.length} articles in ${sites.feedUrls.length} feeds`);

		const appEnv = { DATABASE_READ_URL: replicaUrl, ADDRESS_HEADER: 'x-forwarded-for', API_RATE_LIMIT_PER_MINUTE: String(options.apiLimitPerMinute) };
		// One after the other: the first brings the schema up to date and loads the demo data.
		for (const name of ['app-a', 'app-b']) {
			apps.push(await startBuiltServer({ engine: 'postgres-url', url: primaryUrl }, appEnv, { port: await freePort() }));
			log(`${name} listening on ${apps.at(-1)!.baseURL} (${since().toFixed(1)} s)`);
		}
		const workerEnv = {
			DATABASE_URL: primaryUrl,
			SOURCES_TICK_SECONDS: '1',
			JOBS_POLL_SECONDS: '0.5',
			SOURCES_FETCH_CONCURRENCY: '4',
			SOURCES_PER_HOST: '4',
			JOBS_RETRY_DELAY_SECONDS: '1',
			// A killed worker's jobs come back after 20 s rather than 15 min.
			JOBS_EXPIRE_SECONDS: '20',
			JOBS_MAINTENANCE_SECONDS: '5'
		};
		const started = await Promise.all(['worker-a', 'worker-b'].map((name) => startWorkerProcess(name, workerEnv)));
		workers.push(...started);
		log(`2 workers working the queue (${since().toFixed(1)} s)`);

		const rateLimit = await probeRateLimit(apps, options.apiLimitPerMinute);
		log(`rate limit across both instances: ${rateLimit.answered} answered, ${rateLimit.refused} refused of ${rateLimit.sent} from one address (limit ${rateLimit.limitPerMinute}/min)`);

		const db = openPostgresDb(primaryUrl, { poolSize: 3, applicationName: 'deployment audit' });
		dbs.push(db);
		const replicaDb = openPostgresDb(replicaUrl, { poolSize: 1, applicationName: 'deployment audit' });
		dbs.push(replicaDb);
		const slugs = await db.selectFrom('institutions').select('slug').orderBy('id').limit(40).execute();

		const sourceIds: number[] = [];
		const readStart = performance.now();
		const readers = runReaders({ targets: apps.map((a, i) => ({ name: i === 0 ? 'app-a' : 'app-b', baseURL: a.baseURL })), clients: options.clients, seconds: options.seconds, pathFor: readerPaths(slugs.map((s) => s.slug)) });
		// The sources arrive as the reading starts: ingest and reads share the machine from here on.
		for (const [i, url] of sites.feedUrls.entries()) {
			const { id } = await addSource(db, { kind: 'feed', url, name: `Kabar Uji ${i + 1}`, intervalSeconds: 60 }, null);
			if (id !== null) sourceIds.push(id);
		}
		log(`${sourceIds.length} sources registered; ${options.clients} readers for ${options.seconds} s`);

		const ingestedNow = async () => (await countItemStates(db, sourceIds)).ingested ?? 0;
		let kill: DeploymentReport['kill'] | undefined;
		while (!kill) {
			const elapsed = (performance.now() - readStart) / 1000;
			const inNow = await ingestedNow();
			if (elapsed >= options.seconds * 0.75 || inNow >= options.articles * options.killAtShare) {
				apps[1].child.kill('SIGKILL');
				workers[1].child.kill('SIGKILL');
				kill = { atSeconds: elapsed, articlesInAtKill: inNow, instance: 'app-b', worker: 'worker-b' };
				log(`SIGKILL to app-b and worker-b at ${elapsed.toFixed(1)} s of reading, ${inNow}/${options.articles} articles in`);
			} else await sleep(250);
		}
		const readerStats = await readers;
		log(`readers done: ${readerStats.requests} requests, ${readerStats.errors} errors, ${readerStats.limited} × 429`);

		// The queue drains: every item settled and no job waiting or running.
		const drainStart = performance.now();
		let drainedAfterSeconds: number | null = null;
		while ((performance.now() - drainStart) / 1000 < options.drainSeconds) {
			const states = await countItemStates(db, sourceIds);
			const settled = (states.ingested ?? 0) + (states.failed ?? 0);
			const open = (await countQueueJobs(db, Object.values(QUEUES))).reduce((n, q) => n + q.open, 0);
			if (settled >= options.articles && open === 0) {
				drainedAfterSeconds = (performance.now() - readStart) / 1000;
				break;
			}
			await sleep(1000);
		}
		log(drainedAfterSeconds === null ? `queue not drained within ${options.drainSeconds} s after reading` : `queue drained ${drainedAfterSeconds.toFixed(1)} s after reading began`);
		const primary = await countArticlesLike(db, sites.urlPattern);
		// The replica replays what the primary wrote; give it a moment to catch up.
		let replica = await countArticlesLike(replicaDb, sites.urlPattern);
		for (let i = 0; i < 30 && replica.rows !== primary.rows; i++) {
			await sleep(1000);
			replica = await countArticlesLike(replicaDb, sites.urlPattern);
		}
		const pagePaths = sites.articleUrls.map((u) => new URL(u).pathname);
		const report: DeploymentReport = {
			options,
			readers: readerStats,
			rateLimit,
			kill,
			expected: sites.articleUrls.length,
			primary,
			replica,
			items: await countItemStates(db, sourceIds),
			jobs: await countQueueJobs(db, Object.values(QUEUES)),
			drainedAfterSeconds,
			pageFetches: { pages: pagePaths.filter((p) => sites!.hits.has(p)).length, fetchedTwice: pagePaths.filter((p) => (sites!.hits.get(p) ?? 0) > 1).length },
			replicaLog: apps.flatMap((a, i) => a.output().split('\n').filter((l) => l.startsWith('read replica')).map((l) => `${i === 0 ? 'app-a' : 'app-b'}: ${l}`)),
			byWorker: Object.fromEntries(workers.map((w) => [w.name, ingestedBy(w)])),
			recoveredItems: workers.reduce((n, w) => n + recoveredBy(w), 0),
			storage: await measureStorage(db),
			totalSeconds: 0
		};
		report.totalSeconds = since();
		return report;
	} finally {
		process.off('SIGINT', interrupted);
		process.off('SIGTERM', interrupted);
		await cleanup();
	}
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The report as lines of text (the script prints it; docs/scaling.md quotes it). */
export function formatReport(r: DeploymentReport): string {
	const o = r.options;
	const x = r.readers;
	const jobs = r.jobs.map((q) => `${q.queue} ${q.jobs} jobs, ${q.retried} retried (${q.retries} retries), ${q.failed} failed, ${q.open} open`).join('; ');
	const paths = Object.entries(x.byPath)
		.sort((a, b) => b[1].requests - a[1].requests)
		.map(([p, s]) => `    ${p.padEnd(20)} ${String(s.requests).padStart(7)} requests · p50 ${ms(s.p50)} · p99 ${ms(s.p99)}`);
	const lost = r.expected - r.primary.distinctUrls;
	return [
		`Deployment on one machine: ${o.articles} articles, ${o.clients} readers for ${o.seconds} s, 2 app instances, 2 workers, primary + streaming replica`,
		`  readers:   ${x.requests} requests (${x.perSecond.toFixed(0)}/s) · errors ${x.errors}${x.errors ? ` ${JSON.stringify(x.errorKinds)}` : ''} · 429 (rate limit) ${x.limited} · p50 ${ms(x.p50)} · p99 ${ms(x.p99)} · max ${ms(x.max)}`,
		`             failed over to the other instance after a refused/reset connection: ${x.failedOver} ${JSON.stringify(x.failedOverFrom)}; served by ${Object.entries(x.byInstance).map(([k, v]) => `${k} ${v}`).join(', ')}`,
		...paths,
		`  kill:      SIGKILL to ${r.kill.instance} and ${r.kill.worker} at ${r.kill.atSeconds.toFixed(1)} s, ${r.kill.articlesInAtKill}/${r.expected} articles in`,
		`  ingest:    ${r.primary.distinctUrls}/${r.expected} articles stored (${r.primary.rows} rows, ${r.primary.duplicatedUrls} stored twice, ${lost} lost) · items ${JSON.stringify(r.items)} · ${r.drainedAfterSeconds === null ? 'queue NOT drained' : `queue drained at ${r.drainedAfterSeconds.toFixed(1)} s`}`,
		`  workers:   ingested ${Object.entries(r.byWorker).map(([k, v]) => `${k} ${v}`).join(', ')} (counting a retried batch again); ${r.recoveredItems} items left unqueued by the killed poll, queued by a later one`,
		`  pages:     ${r.pageFetches.pages} article pages fetched, ${r.pageFetches.fetchedTwice} fetched more than once`,
		`  jobs:      ${jobs}`,
		`  replica:   ${r.replica.distinctUrls}/${r.expected} articles on the replica (${r.replica.rows} rows)`,
		`  storage:   database ${mb(r.storage.databaseBytes)} for ${r.storage.articles} articles (demo included): articles ${mb(r.storage.articlesBytes)}, statements ${mb(r.storage.statementsBytes)}, job queue ${mb(r.storage.jobBytes)}`,
		`  rate limit: one address, ${r.rateLimit.sent} API requests alternating over both instances in ${r.rateLimit.seconds.toFixed(1)} s: ${r.rateLimit.answered} answered, ${r.rateLimit.refused} refused (limit ${r.rateLimit.limitPerMinute}/min per address)`,
		...r.replicaLog.map((l) => `  ${l}`),
		`  whole run: ${r.totalSeconds.toFixed(0)} s`
	].join('\n');
}
