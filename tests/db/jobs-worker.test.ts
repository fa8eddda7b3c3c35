// The durable job queue (issue 14, item 2) on both engines, one worker in this process (as `npm
// start` runs it on PGlite) against a fictional site on 127.0.0.1: a feed source is polled, its
// articles fetched and ingested, each once; a page that keeps failing is retried with backoff and,
// after its last retry, shows as failed on its source; "retry" brings it in once the site recovers;
// an item a killed poll claimed without queuing is queued by the next poll.
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { claimNewItems, findSource, listFailedItems, makeSourceDue } from '../../src/lib/server/db/queries/sources';
import { defaultExtractor } from '../../src/lib/server/ingest/default-extractor';
import { startQueue } from '../../src/lib/server/jobs/queue';
import { retryFailedItem, startWorker, type RunningWorker } from '../../src/lib/server/jobs/worker';
import { loadGazetteer } from '../../src/lib/server/resolve/gazetteer';
import { addSource } from '../../src/lib/server/sources/add-source';
import { FIXTURE_ARTICLES } from '../fixtures/feeds/articles';
import { startFixtureSite, type FixtureSite } from '../fixtures/feeds/site';
import { engines } from './engines';

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = await read();
		if (done(value)) return value;
		if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

describe.each(engines)('source jobs on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let site: FixtureSite;
	let boss: PgBoss;
	let worker: RunningWorker;
	const failing = `/berita/${FIXTURE_ARTICLES[2].slug}.html`;
	const previousDelay = process.env.JOBS_RETRY_DELAY_SECONDS;

	beforeAll(async () => {
		process.env.JOBS_RETRY_DELAY_SECONDS = '1';
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		site = await startFixtureSite({ pageDelayMs: 20 });
		// The third story's page answers 500 to every try: 1 + 3 retries.
		site.failNext(failing, 1000);
		boss = await startQueue(opened.handle, { url: opened.url });
		worker = await startWorker(db, boss, { extractor: defaultExtractor(await loadGazetteer()), tickMs: 300, pollingIntervalSeconds: 0.5, fetchConcurrency: 2, log: () => {} });
	});
	afterAll(async () => {
		await worker?.stop();
		await boss?.stop({ graceful: false, wait: true });
		await site?.close();
		await drop?.();
		if (previousDelay === undefined) delete process.env.JOBS_RETRY_DELAY_SECONDS;
		else process.env.JOBS_RETRY_DELAY_SECONDS = previousDelay;
	});

	it('polls a feed, fetches and ingests each article once, and marks the one that failed every retry', async () => {
		const { id } = await addSource(db, { kind: 'feed', url: site.feedUrl, name: 'Kabar Borneo Fiksi' }, null);
		const source = await until('two new and one failed', () => findSource(db, id!), (s) => s!.itemsNew === 2 && s!.itemsFailed === 1, 90_000);
		expect(source).toMatchObject({ itemsSeen: 3, consecutiveFailures: 0 });
		expect(source!.lastSuccessAt).not.toBeNull();
		for (const a of FIXTURE_ARTICLES.slice(0, 2)) expect(site.hits.get(`/berita/${a.slug}.html`)).toBe(1);
		// The first try and three retries, with waits between them.
		expect(site.hits.get(failing)).toBe(4);
		const [failed] = await listFailedItems(db, 10);
		expect(failed).toMatchObject({ sourceId: id, key: `kbf-${FIXTURE_ARTICLES[2].slug}`, attempts: 4, lastError: 'HTTP 500 Internal Server Error' });
		const titles = (await db.selectFrom('articles').select('title').execute()).map((r) => r.title).sort();
		expect(titles).toEqual(FIXTURE_ARTICLES.slice(0, 2).map((a) => a.title).sort());
	});

	it('retrying the failed item after the site recovers brings it in, once', async () => {
		site.failNext(failing, 0);
		const [failed] = await listFailedItems(db, 10);
		expect(await retryFailedItem(db, boss, failed.sourceId, failed.key)).toBe(true);
		const source = await until('the retried item ingested', () => findSource(db, failed.sourceId), (s) => s!.itemsNew === 3, 60_000);
		expect(source!.itemsFailed).toBe(0);
		expect(await listFailedItems(db, 10)).toEqual([]);
		expect(site.hits.get(failing)).toBe(5);
		expect(await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 3 });
	});

	it("items a killed poll claimed but never queued are fetched by the source's next poll, once", async () => {
		// What a worker killed mid-poll leaves (the deployment run caught it): the fourth story's row
		// claimed, no fetch job. The feed lists it from now on, but no poll claims it a second time.
		const fourth = FIXTURE_ARTICLES[3];
		const [source] = await db.selectFrom('sources').select('id').execute();
		expect(await claimNewItems(db, source.id, [{ key: `kbf-${fourth.slug}`, url: `${site.origin}/berita/${fourth.slug}.html` }])).toHaveLength(1);
		site.listed = FIXTURE_ARTICLES;
		expect(await makeSourceDue(db, source.id)).toBe(true);
		const after = await until('the orphaned item ingested', () => findSource(db, source.id), (s) => s!.itemsNew === 4, 60_000);
		expect(after!.itemsFailed).toBe(0);
		expect(site.hits.get(`/berita/${fourth.slug}.html`)).toBe(1);
		const titles = (await db.selectFrom('articles').select('title').execute()).map((r) => r.title);
		expect(titles.filter((t) => t === fourth.title)).toHaveLength(1);
	});
});
