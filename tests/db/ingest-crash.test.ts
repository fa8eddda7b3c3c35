// A crash mid-ingest never leaves half an article: SIGKILL the CLI during a 2,000-article batch,
// run it again, and every article is there exactly once with all its statements — the same as a
// clean run of the same file.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/connect';
import { generateArticles } from '../../src/lib/server/demo/generate';
import { defaultExtractor } from '../../src/lib/server/ingest/default-extractor';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import { readSources } from '../../src/lib/server/ingest/sources';
import { loadGazetteer } from '../../src/lib/server/resolve/gazetteer';

let dir: string;
let file: string;
let reference: Map<string, number>;

async function statementsPerArticle(handle: DatabaseHandle): Promise<Map<string, number>> {
	const rows = await handle.db
		.selectFrom('articles')
		.leftJoin('statements', 'statements.article_id', 'articles.id')
		.select((eb) => ['articles.canonical_url', eb.fn.count<number>('statements.id').as('n')])
		.groupBy('articles.canonical_url')
		.execute();
	return new Map(rows.map((r) => [r.canonical_url!, Number(r.n)]));
}

function runIngest(env: Record<string, string>, killAfterMs: number | null): Promise<{ code: number | null; signal: string | null }> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', file, '--batch', '50', '--quiet'], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d: Buffer) => {
		output += d;
		// "Database: …" is printed once the pipeline starts: kill a moment later, mid-batch.
		if (killAfterMs !== null && d.toString().includes('Database:')) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
	});
	return once(child, 'exit').then(([code, signal]) => {
		if (killAfterMs === null && code !== 0) throw new Error(`ingest exited with ${code}: ${output}`);
		return { code, signal };
	});
}

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'pledgewatch-crash-'));
	file = path.join(dir, 'batch.jsonl');
	const out = createWriteStream(file);
	for (const a of generateArticles({ count: 2000, seed: 99, start: '2023-01', months: 24 })) out.write(JSON.stringify(a) + '\n');
	out.end();
	await once(out, 'finish');
	const handle = await openDatabase({ role: 'tool', config: { engine: 'pglite', dataDir: 'memory://' } });
	const { prepareDatabase } = await import('../../src/lib/server/db/prepare');
	await prepareDatabase(handle.db);
	const gazetteer = await loadGazetteer();
	await ingest(handle.db, readSources([file]), { trigger: 'cli', sources: [file], extractor: defaultExtractor(gazetteer), gazetteer });
	reference = await statementsPerArticle(handle);
	await handle.close();
}, 180_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('SIGKILL in the middle of a 2,000-article batch (embedded PGlite folder)', () => {
	it('leaves whole articles only, and a re-run completes the set exactly once', async () => {
		const env = { PGLITE_DIR: path.join(dir, 'db'), DATABASE_URL: '' };
		const killed = await runIngest(env, 2500);
		expect(killed.signal).toBe('SIGKILL');
		await runIngest(env, null);
		const handle = await openDatabase({ role: 'tool', config: { engine: 'pglite', dataDir: env.PGLITE_DIR } });
		try {
			const stored = await statementsPerArticle(handle);
			expect(stored.size).toBe(reference.size);
			expect(reference.size).toBeGreaterThan(2000);
			for (const [url, n] of reference) expect(stored.get(url), url).toBe(n);
		} finally {
			await handle.close();
		}
	}, 240_000);
});
