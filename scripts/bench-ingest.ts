// Ingestion throughput: articles/s from a JSON Lines file to committed rows, through the whole
// pipeline, next to a baseline that bulk-inserts the same article rows with no extraction or
// resolution — on PGlite (in memory) and, when a server is configured, on PostgreSQL.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '../src/lib/server/db/connect';
import { prepareDatabase } from '../src/lib/server/db/prepare';
import { generateArticles } from '../src/lib/server/demo/generate';
import { defaultExtractor } from '../src/lib/server/ingest/default-extractor';
import { normalizeItem } from '../src/lib/server/ingest/normalize';
import { ingest } from '../src/lib/server/ingest/pipeline';
import { readSources } from '../src/lib/server/ingest/sources';
import type { NormalizedArticle } from '../src/lib/server/ingest/types';
import { loadGazetteer } from '../src/lib/server/resolve/gazetteer';
import { adminQuery } from './bench-support';

const ARTICLES = Number(process.env.BENCH_INGEST_ARTICLES ?? 3000);

async function writeCorpus(file: string): Promise<number> {
	const out = createWriteStream(file);
	let n = 0;
	for (const a of generateArticles({ count: ARTICLES, seed: 11, start: '2022-01', months: 36 })) {
		if (!out.write(JSON.stringify(a) + '\n')) await once(out, 'drain');
		n++;
	}
	out.end();
	await once(out, 'finish');
	return n;
}

async function baseline(handle: DatabaseHandle, file: string): Promise<number> {
	const started = performance.now();
	let batch: NormalizedArticle[] = [];
	let n = 0;
	const flush = async () => {
		if (batch.length === 0) return;
		await handle.db
			.insertInto('articles')
			.values(batch.map((a) => ({ url: a.url, canonical_url: a.canonicalUrl, title: a.title, body: a.body, language: a.language, published_on: a.publishedOn, content_hash: a.contentHash, fingerprint: a.fingerprint })))
			.onConflict((oc) => oc.doNothing())
			.execute();
		batch = [];
	};
	for await (const event of readSources([file])) {
		if (!('item' in event)) continue;
		batch.push(normalizeItem(event.item));
		n++;
		if (batch.length >= 200) await flush();
	}
	await flush();
	return n / ((performance.now() - started) / 1000);
}

async function pipeline(handle: DatabaseHandle, file: string): Promise<{ rate: number; statements: number }> {
	const gazetteer = await loadGazetteer();
	const started = performance.now();
	const summary = await ingest(handle.db, readSources([file]), { trigger: 'cli', sources: [file], extractor: defaultExtractor(gazetteer), gazetteer });
	if (summary.failed > 0) throw new Error(`benchmark corpus had ${summary.failed} failures: ${summary.errors[0]?.reason}`);
	return { rate: summary.read / ((performance.now() - started) / 1000), statements: summary.statementsAdded };
}

type Opener = () => Promise<{ handle: DatabaseHandle; drop(): Promise<void> }>;

function pgliteOpener(): Opener {
	return async () => {
		const handle = await openDatabase({ role: 'tool', config: { engine: 'pglite', dataDir: 'memory://' } });
		await prepareDatabase(handle.db);
		return { handle, drop: () => handle.close() };
	};
}

function postgresOpener(adminUrl: string): Opener {
	return async () => {
		const name = `pledgewatch_bench_${randomBytes(5).toString('hex')}`;
		const admin = (text: string) => adminQuery(adminUrl, text);
		await admin(`create database ${name}`);
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		const handle = await openDatabase({ role: 'tool', config: { engine: 'postgres', url: url.toString() } });
		await prepareDatabase(handle.db);
		return {
			handle,
			async drop() {
				await handle.close();
				await admin(`drop database if exists ${name} with (force)`);
			}
		};
	};
}

export async function benchIngestion(): Promise<void> {
	const dir = await mkdtemp(path.join(tmpdir(), 'pledgewatch-bench-'));
	const file = path.join(dir, 'corpus.jsonl');
	try {
		const lines = await writeCorpus(file);
		console.log(`\nIngestion: ${lines} articles (JSON Lines, with syndicated copies) → committed rows`);
		const engines: [string, Opener][] = [['PGlite (memory)', pgliteOpener()]];
		const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
		if (serverUrl) engines.push(['PostgreSQL', postgresOpener(serverUrl)]);
		for (const [label, open] of engines) {
			const base = await open();
			const baseRate = await baseline(base.handle, file).finally(() => base.drop());
			const full = await open();
			const result = await pipeline(full.handle, file).finally(() => full.drop());
			console.log(
				`  ${label.padEnd(16)} pipeline ${result.rate.toFixed(0).padStart(6)} articles/s (${result.statements} statements) · ` +
					`bulk-insert baseline ${baseRate.toFixed(0).padStart(6)} articles/s · ratio ${(result.rate / baseRate).toFixed(2)}`
			);
		}
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIngestion();
