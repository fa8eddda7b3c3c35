// Sources (issue 14, item 1) on both engines, against a fictional news site on 127.0.0.1: the CLI's
// feed list imports once; a poll claims each item once (two polls at once included) and asks again
// with a conditional GET; articles are fetched politely (robots.txt, a named User-Agent, at most N
// in flight per host) and ingested; failures back off and show in the source's health.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { claimDueSources, findSource, listSources, recordPollFailure, type SourceRecord } from '../../src/lib/server/db/queries/sources';
import { defaultExtractor } from '../../src/lib/server/ingest/default-extractor';
import { PoliteFetcher } from '../../src/lib/server/ingest/polite/polite-fetcher';
import { loadGazetteer } from '../../src/lib/server/resolve/gazetteer';
import { addSource, importFeedSources, SourceInputError } from '../../src/lib/server/sources/add-source';
import { fetchItem } from '../../src/lib/server/sources/fetch-item';
import { sourceHealth } from '../../src/lib/server/sources/health';
import { ingestItems } from '../../src/lib/server/sources/ingest-items';
import { pollSource } from '../../src/lib/server/sources/poll-source';
import { FIXTURE_ARTICLES } from '../fixtures/feeds/articles';
import { startFixtureSite, type FixtureSite } from '../fixtures/feeds/site';
import { engines } from './engines';

describe.each(engines)('sources on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let site: FixtureSite;
	let extractor: ReturnType<typeof defaultExtractor>;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		site = await startFixtureSite({ pageDelayMs: 80 });
		extractor = defaultExtractor(await loadGazetteer());
	});
	afterAll(async () => {
		await site?.close();
		await drop?.();
	});

	const source = async (id: number): Promise<SourceRecord> => (await findSource(db, id))!;
	const feedSource = async () => (await listSources(db)).find((s) => s.url === site.feedUrl)!;

	it("imports the CLI's feed list once, however often it is imported", async () => {
		expect(await importFeedSources(db, [site.feedUrl, `${site.feedUrl}#top`, 'mailto:redaksi@kabar.example'])).toEqual({
			added: 1,
			listed: 1,
			refused: [{ url: 'mailto:redaksi@kabar.example', reason: '“mailto:redaksi@kabar.example”: only http and https addresses can be polled' }]
		});
		expect(await importFeedSources(db, [site.feedUrl])).toEqual({ added: 0, listed: 1, refused: [] });
		const feed = await feedSource();
		expect(feed).toMatchObject({ kind: 'feed', name: new URL(site.origin).host, paused: false, intervalSeconds: 1800 });
		expect(sourceHealth(feed, new Date())).toBe('waiting');
	});

	it('refuses addresses it cannot poll, naming them', async () => {
		await expect(addSource(db, { kind: 'feed', url: 'ftp://kabar.example/feed' }, null)).rejects.toThrow(SourceInputError);
		await expect(addSource(db, { kind: 'feed', url: 'bukan alamat' }, null)).rejects.toThrow('“bukan alamat” is not a web address');
		await expect(addSource(db, { kind: 'pages', name: 'Kosong', pages: ['  '] }, null)).rejects.toThrow('list at least one page address');
	});

	it('two workers claiming due sources at once get each source once', async () => {
		const [a, b] = await Promise.all([claimDueSources(db, 10), claimDueSources(db, 10)]);
		const ids = [...a, ...b].map((s) => s.id);
		expect(ids).toEqual([(await feedSource()).id]);
		expect(await claimDueSources(db, 10)).toEqual([]);
	});

	it('a poll claims the new items once, and the next poll is a conditional GET answered 304', async () => {
		const fetcher = new PoliteFetcher({ perHost: 2 });
		const feed = await feedSource();
		const [first, second] = await Promise.all([pollSource(db, fetcher, feed), pollSource(db, fetcher, feed)]);
		// Both read the feed; only one owns each item.
		expect(first.claimed.length + second.claimed.length).toBe(3);
		expect(new Set([...first.claimed, ...second.claimed].map((c) => c.key))).toEqual(new Set(site.listed.map((a) => `kbf-${a.slug}`)));
		const again = await pollSource(db, fetcher, await source(feed.id));
		expect(again).toMatchObject({ notModified: true, claimed: [] });
		expect(site.conditionalHits).toBe(1);
		// A fourth story appears: the feed changes, and only it is new.
		site.listed = FIXTURE_ARTICLES.slice(0, 4);
		const fourth = await pollSource(db, fetcher, await source(feed.id));
		expect(fourth.claimed.map((c) => c.key)).toEqual([`kbf-${FIXTURE_ARTICLES[3].slug}`]);
		const after = await source(feed.id);
		expect(after).toMatchObject({ itemsSeen: 3 + 3 + 0 + 4, consecutiveFailures: 0 });
		expect(after.etag).toMatch(/^W\/"feed-/);
		expect(after.lastModified).toBe('Wed, 05 Mar 2025 10:15:00 GMT');
		expect(sourceHealth(after, new Date())).toBe('healthy');
	});

	it('fetches articles politely and ingests each once: robots.txt read, the project named, at most 2 pages in flight', async () => {
		const fetcher = new PoliteFetcher({ perHost: 2 });
		site.maxInFlight = 0;
		const robotsBefore = site.hits.get('/robots.txt') ?? 0;
		const feed = await feedSource();
		const items = FIXTURE_ARTICLES.map((a) => ({ sourceId: feed.id, key: `kbf-${a.slug}`, url: `${site.origin}/berita/${a.slug}.html`, title: a.title, published: a.published, text: null }));
		const fetched = await Promise.all(items.map(async (i) => ({ sourceId: i.sourceId, key: i.key, item: await fetchItem(fetcher, i) })));
		expect(site.maxInFlight).toBe(2);
		// One read of robots.txt for four pages on the site.
		expect(site.hits.get('/robots.txt')).toBe(robotsBefore + 1);
		expect([...site.userAgents].every((ua) => ua.startsWith('Pledgewatch/'))).toBe(true);
		for (const a of FIXTURE_ARTICLES) expect(site.hits.get(`/berita/${a.slug}.html`)).toBe(1);
		const result = await ingestItems(db, extractor, fetched, [site.feedUrl]);
		expect(result).toEqual({ new: 4, duplicate: 0, failed: 0 });
		expect(await ingestItems(db, extractor, fetched, [site.feedUrl])).toEqual({ new: 0, duplicate: 4, failed: 0 });
		const after = await source(feed.id);
		expect(after.itemsNew).toBe(4);
		const titles = await db.selectFrom('articles').select('title').execute();
		expect(titles.map((t) => t.title).sort()).toEqual(FIXTURE_ARTICLES.map((a) => a.title).sort());
	});

	it('does not fetch what robots.txt disallows, and says why', async () => {
		const fetcher = new PoliteFetcher();
		const { id } = await addSource(db, { kind: 'feed', url: `${site.origin}/feed-tertutup.xml`, name: 'Arsip tertutup' }, null);
		const polled = await pollSource(db, fetcher, await source(id!));
		expect(polled.claimed).toHaveLength(1);
		await expect(fetchItem(fetcher, polled.claimed[0])).rejects.toThrow(`robots.txt does not allow pledgewatch to read /arsip-tertutup/rahasia.html`);
		expect(site.hits.get('/arsip-tertutup/rahasia.html')).toBeUndefined();
	});

	it('a failing source backs off, doubling its wait, and honours Retry-After', async () => {
		const { id } = await addSource(db, { kind: 'feed', url: `${site.origin}/hilang.xml`, name: 'Hilang', intervalSeconds: 600 }, null);
		const wait = async () => {
			const s = await source(id!);
			return Math.round((s.nextPollAt.getTime() - Date.now()) / 1000);
		};
		await recordPollFailure(db, id!, 'HTTP 404 Not Found');
		expect(await wait()).toBeGreaterThan(1200 - 30);
		expect(await wait()).toBeLessThanOrEqual(1200);
		await recordPollFailure(db, id!, 'HTTP 404 Not Found');
		expect(await wait()).toBeGreaterThan(2400 - 30);
		const failing = await source(id!);
		expect(failing).toMatchObject({ consecutiveFailures: 2, lastError: 'HTTP 404 Not Found' });
		expect(sourceHealth(failing, new Date())).toBe('failing');
		// Ten more failures: never more than a day.
		for (let i = 0; i < 10; i++) await recordPollFailure(db, id!, 'HTTP 404 Not Found');
		expect(await wait()).toBeLessThanOrEqual(86_400);
		await recordPollFailure(db, id!, 'HTTP 503', 200_000);
		expect(await wait()).toBeGreaterThan(199_000);
	});

	it('a push source gets its own ingest token, inside a caller\'s transaction too', async () => {
		const { id, token } = await db.transaction().execute((tx) => addSource(tx, { kind: 'push', name: 'Meja redaksi' }, null));
		expect(token).toMatch(/^pwt_/);
		const pushed = await source(id!);
		expect(pushed).toMatchObject({ kind: 'push', name: 'Meja redaksi', url: null });
		expect(pushed.apiTokenId).not.toBeNull();
	});

	it('a page list is read page by page, each page once', async () => {
		const fetcher = new PoliteFetcher();
		const pages = FIXTURE_ARTICLES.slice(0, 2).map((a) => `${site.origin}/berita/${a.slug}.html`);
		const { id } = await addSource(db, { kind: 'pages', name: 'Halaman pilihan', pages: [...pages, pages[0]] }, null);
		const first = await pollSource(db, fetcher, await source(id!));
		expect(first.claimed.map((c) => c.url).sort()).toEqual([...pages].sort());
		expect((await pollSource(db, fetcher, await source(id!))).claimed).toEqual([]);
	});
});
