// Dashboard speed: p50/p95 response time of the built server for the overview, an institution
// profile and a full-text search, next to a static file served by the same server (the ratio is
// the figure: it removes the machine's speed). Generated corpus, ingested through the real pipeline;
// PGlite always, PostgreSQL too when TEST_DATABASE_URL or DATABASE_URL is set.
// BENCH_DASHBOARD_ARTICLES (default 3000) sets the corpus size; `npx vite build` must have run.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { DatabaseConfig } from '../src/lib/server/db/config';
import { openDatabase } from '../src/lib/server/db/connect';
import { countArticles } from '../src/lib/server/db/queries/articles-write';
import { replicateCorpus } from '../src/lib/server/db/queries/bench-replicate';
import { prepareDatabase } from '../src/lib/server/db/prepare';
import { generateArticles } from '../src/lib/server/demo/generate';
import { defaultExtractor } from '../src/lib/server/ingest/default-extractor';
import { ingest } from '../src/lib/server/ingest/pipeline';
import { readSources } from '../src/lib/server/ingest/sources';
import { loadGazetteer } from '../src/lib/server/resolve/gazetteer';
import { adminQuery, startBuiltServer, stopServer } from './bench-support';

const ARTICLES = Number(process.env.BENCH_DASHBOARD_ARTICLES ?? 3000);
// The scale runs: BENCH_DASHBOARD_PGLITE_ARTICLES=100000 BENCH_DASHBOARD_POSTGRES_ARTICLES=1000000
// (0 skips that engine). The default stays small so `npm run bench` finishes in minutes.
const PGLITE_ARTICLES = Number(process.env.BENCH_DASHBOARD_PGLITE_ARTICLES ?? ARTICLES);
const POSTGRES_ARTICLES = Number(process.env.BENCH_DASHBOARD_POSTGRES_ARTICLES ?? ARTICLES);
// Larger corpora are this many pipeline articles copied set-based (see replicateCorpus).
const PIPELINE_MAX = 5000;
const REQUESTS = Number(process.env.BENCH_DASHBOARD_REQUESTS ?? 60);
// Words most generated articles contain, for the cold facet counts (each searched once).
const COLD_WORDS = ['dprd', 'akan', 'pemerintah', 'program', 'warga'];

async function writeCorpus(file: string, count: number): Promise<void> {
	const out = createWriteStream(file);
	for (const a of generateArticles({ count, seed: 5, start: '2022-01', months: 36 })) {
		if (!out.write(JSON.stringify(a) + '\n')) await once(out, 'drain');
	}
	out.end();
	await once(out, 'finish');
}

/**
 * Fills a fresh database through the ingest pipeline with up to PIPELINE_MAX articles, then copies
 * them set-based up to `target` (the pipeline alone would take hours for a million); returns the
 * most active institution's slug.
 */
async function fill(config: DatabaseConfig, corpus: string, target: number): Promise<string> {
	const handle = await openDatabase({ role: 'tool', config, command: 'bench-dashboard' });
	try {
		await prepareDatabase(handle.db);
		const gazetteer = await loadGazetteer();
		await ingest(handle.db, readSources([corpus]), { trigger: 'cli', sources: [corpus], extractor: defaultExtractor(gazetteer), gazetteer });
		const ingested = await countArticles(handle.db);
		if (target > ingested) {
			const started = Date.now();
			const total = await replicateCorpus(handle.db, target);
			console.log(`    (${ingested} articles through the pipeline, copied up to ${total} in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
		}
		// A live database has statistics; without them the planner guesses badly right after a bulk load.
		await sql`analyze`.execute(handle.db);
		const top = await handle.db
			.selectFrom('statement_rollup as r')
			.innerJoin('institutions as i', 'i.id', 'r.institution_id')
			.select(['i.slug', (eb) => eb.fn.sum<number>('r.count').as('n')])
			.groupBy('i.slug')
			.orderBy('n', 'desc')
			.limit(1)
			.executeTakeFirst();
		return top?.slug ?? 'none';
	} finally {
		await handle.close();
	}
}

async function timeRequests(url: string): Promise<{ p50: number; p95: number }> {
	const times: number[] = [];
	for (let i = 0; i < REQUESTS + 5; i++) {
		const started = performance.now();
		const res = await fetch(url, { headers: { 'accept-language': 'id' } });
		await res.arrayBuffer();
		if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
		if (i >= 5) times.push(performance.now() - started); // the first few warm caches and JIT
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
	return { p50: at(0.5), p95: at(0.95) };
}

async function measure(label: string, env: Record<string, string>, slug: string): Promise<void> {
	const { base, child } = await startBuiltServer(env, { portFrom: 4500 });
	try {
		const staticFile = await timeRequests(`${base}/robots.txt`);
		const pages: [string, string][] = [
			['overview /', '/'],
			['institution', `/institutions/${slug}`],
			['search', '/pledges?q=anggaran&year=2023']
		];
		console.log(`  ${label}: static /robots.txt p50 ${staticFile.p50.toFixed(1)} ms · p95 ${staticFile.p95.toFixed(1)} ms`);
		for (const [name, p] of pages) {
			const r = await timeRequests(base + p);
			console.log(
				`    ${name.padEnd(12)} p50 ${r.p50.toFixed(1).padStart(6)} ms · p95 ${r.p95.toFixed(1).padStart(6)} ms · ratio to static (p95) ${(r.p95 / Math.max(0.01, staticFile.p95)).toFixed(1)}`
			);
		}
		// Cold: the first request for a search nobody has made yet, so no cache holds its page or its
		// facet counts. Common words of the generated news, each asked once.
		const cold: number[] = [];
		for (const word of COLD_WORDS) {
			const started = performance.now();
			const res = await fetch(`${base}/pledges?q=${encodeURIComponent(word)}`, { headers: { 'accept-language': 'id' } });
			await res.arrayBuffer();
			if (!res.ok) throw new Error(`/pledges?q=${word}: HTTP ${res.status}`);
			cold.push(performance.now() - started);
		}
		cold.sort((a, b) => a - b);
		console.log(
			`    ${'cold search'.padEnd(12)} first request for ${cold.length} common words: median ${cold[Math.floor(cold.length / 2)].toFixed(1)} ms · worst ${cold[cold.length - 1].toFixed(1)} ms · ratio to static (p95) ${(cold[cold.length - 1] / Math.max(0.01, staticFile.p95)).toFixed(1)}`
		);
	} finally {
		await stopServer(child);
	}
}

export async function benchDashboard(): Promise<void> {
	if (!existsSync('build/index.js')) {
		console.log('\nDashboard: no build/ — run `npx vite build` first (skipped)');
		return;
	}
	console.log(`\nDashboard: generated articles (PGlite ${PGLITE_ARTICLES}, PostgreSQL ${POSTGRES_ARTICLES}), ${REQUESTS} sequential requests per page (built server)`);
	const dir = await mkdtemp(path.join(tmpdir(), 'pledgewatch-bench-dash-'));
	try {
		const corpus = path.join(dir, 'corpus.jsonl');
		if (PGLITE_ARTICLES > 0) {
			await writeCorpus(corpus, Math.min(PGLITE_ARTICLES, PIPELINE_MAX));
			const dataDir = path.join(dir, 'pgdata');
			const slug = await fill({ engine: 'pglite', dataDir }, corpus, PGLITE_ARTICLES);
			await measure(`PGlite, ${PGLITE_ARTICLES} articles`, { PGLITE_DIR: dataDir, DATABASE_URL: '' }, slug);
		}
		const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
		if (!serverUrl || POSTGRES_ARTICLES <= 0) return;
		if (Math.min(POSTGRES_ARTICLES, PIPELINE_MAX) !== Math.min(PGLITE_ARTICLES, PIPELINE_MAX) || PGLITE_ARTICLES <= 0) {
			await writeCorpus(corpus, Math.min(POSTGRES_ARTICLES, PIPELINE_MAX));
		}
		const name = `pledgewatch_bench_${randomBytes(5).toString('hex')}`;
		await adminQuery(serverUrl, `create database ${name}`);
		try {
			const url = new URL(serverUrl);
			url.pathname = `/${name}`;
			const pgSlug = await fill({ engine: 'postgres', url: url.toString() }, corpus, POSTGRES_ARTICLES);
			await measure(`PostgreSQL, ${POSTGRES_ARTICLES} articles`, { DATABASE_URL: url.toString() }, pgSlug);
		} finally {
			await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
		}
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDashboard();
