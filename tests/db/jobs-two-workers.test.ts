// Two `npm run worker` processes on one PostgreSQL test database (issue 14, item 2) share the
// queue: a fictional feed of four stories on 127.0.0.1 is polled, and every article page is
// fetched exactly once and ingested exactly once between them. PostgreSQL only (PGlite is one
// process by design; its in-process worker is tested in jobs-worker.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { findSource } from '../../src/lib/server/db/queries/sources';
import { addSource } from '../../src/lib/server/sources/add-source';
import { FIXTURE_ARTICLES } from '../fixtures/feeds/articles';
import { startFixtureSite, type FixtureSite } from '../fixtures/feeds/site';
import { engines } from './engines';

const postgres = engines.find((e) => e.name === 'postgres');
const root = path.resolve(import.meta.dirname, '../..');

describe.skipIf(!postgres)('two worker processes on one PostgreSQL database', () => {
	let db: Db;
	let drop: () => Promise<void>;
	let site: FixtureSite;
	const workers: { child: ChildProcess; output: string }[] = [];

	beforeAll(async () => {
		const opened = await postgres!.open();
		db = opened.handle.db;
		drop = opened.drop;
		// Slow pages: both workers are busy at once, so a double fetch would show.
		site = await startFixtureSite({ pageDelayMs: 300 });
		site.listed = FIXTURE_ARTICLES;
		for (let i = 0; i < 2; i++) {
			const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/worker.ts'], {
				cwd: root,
				env: { ...process.env, DATABASE_URL: opened.url!, SOURCES_TICK_SECONDS: '0.3', JOBS_POLL_SECONDS: '0.5', SOURCES_FETCH_CONCURRENCY: '2', JOBS_RETRY_DELAY_SECONDS: '1' },
				stdio: ['ignore', 'pipe', 'pipe']
			});
			const worker = { child, output: '' };
			child.stdout!.on('data', (chunk: Buffer) => (worker.output += chunk.toString()));
			child.stderr!.on('data', (chunk: Buffer) => (worker.output += chunk.toString()));
			workers.push(worker);
		}
		for (const w of workers) {
			const started = Date.now();
			while (!w.output.includes('working the source queues')) {
				if (Date.now() - started > 90_000 || w.child.exitCode !== null) throw new Error(`worker did not start:\n${w.output}`);
				await new Promise((r) => setTimeout(r, 200));
			}
		}
	}, 180_000);

	afterAll(async () => {
		for (const w of workers) {
			if (w.child.exitCode !== null) continue;
			const exited = new Promise((r) => w.child.once('exit', r));
			w.child.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
			if (w.child.exitCode === null) w.child.kill('SIGKILL');
		}
		await site?.close();
		await drop?.();
	});

	it('fetches and ingests every article exactly once between them', async () => {
		const { id } = await addSource(db, { kind: 'feed', url: site.feedUrl, name: 'Kabar Borneo Fiksi' }, null);
		const started = Date.now();
		let source = await findSource(db, id!);
		while (source!.itemsNew < FIXTURE_ARTICLES.length) {
			if (Date.now() - started > 90_000) throw new Error(`not all ingested: ${JSON.stringify(source)}\n${workers.map((w) => w.output).join('\n---\n')}`);
			await new Promise((r) => setTimeout(r, 250));
			source = await findSource(db, id!);
		}
		// A little longer: a second fetch or ingest would land now.
		await new Promise((r) => setTimeout(r, 2000));
		for (const a of FIXTURE_ARTICLES) expect(site.hits.get(`/berita/${a.slug}.html`), a.slug).toBe(1);
		expect(site.hits.get('/feed.xml')).toBe(1);
		const articles = await db.selectFrom('articles').select('title').execute();
		expect(articles.map((a) => a.title).sort()).toEqual(FIXTURE_ARTICLES.map((a) => a.title).sort());
		const items = await db.selectFrom('source_items').select(['state']).where('source_id', '=', id!).execute();
		expect(items.map((i) => i.state)).toEqual(FIXTURE_ARTICLES.map(() => 'ingested'));
		expect((await findSource(db, id!))!.itemsNew).toBe(FIXTURE_ARTICLES.length);
		for (const w of workers) expect(w.child.exitCode).toBeNull();
	});
});
