// One bad record never loses its neighbours: over HTTP (JSON arrays, NDJSON) and from files (CSV,
// JSON Lines, JSON), every good record lands and every bad one — NUL in any field, invalid text,
// a field of the wrong type, a broken CSV quote, a binary line — is reported by position with its
// reason. Runs end `done`, `failed` or `interrupted`, never stuck `running`.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/lib/server/auth/api-tokens';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/connect';
import { finishIngestRun, markInterruptedRuns } from '../../src/lib/server/db/queries/ingest-runs';
import { handleArticlesPost } from '../../src/lib/server/ingest/api';
import { defaultExtractor } from '../../src/lib/server/ingest/default-extractor';
import type { ArticleExtractor } from '../../src/lib/server/ingest/extractor';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import { IngestRunError } from '../../src/lib/server/ingest/run-lifecycle';
import { readSources } from '../../src/lib/server/ingest/sources';
import type { IngestSummary, SourceEvent } from '../../src/lib/server/ingest/types';
import { loadGazetteer, type Gazetteer } from '../../src/lib/server/resolve/gazetteer';
import { engines } from './engines';

const PLACES = ['Mataram', 'Palangka Raya', 'Sampit', 'Kupang', 'Ende', 'Bima', 'Sumbawa', 'Dompu'];
/** A distinct fictional article per (tag, n), so none is a duplicate of another. */
function good(tag: string, n: number): { text: string; title: string; url: string } {
	const place = PLACES[n % PLACES.length];
	return {
		title: `${tag} ${n}`,
		url: `https://fiksi.example/${tag}/${n}`,
		text: `${place.toUpperCase()} – Kepala Dinas ${tag} nomor ${n} di ${place} menyatakan akan memperbaiki ${n * 7} ruas jalan desa tahun ${2020 + (n % 6)}. Rapat ke-${n} membahas ${tag} bersama ${n + 3} kepala desa dan warga kecamatan ${place}.`
	};
}

const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0xff, 0x13, 0x01]);

let dir: string;
let gazetteer: Gazetteer;
let extractor: ArticleExtractor;

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'pledgewatch-isolation-'));
	gazetteer = await loadGazetteer();
	extractor = defaultExtractor(gazetteer);
	const csvRow = (tag: string, n: number) => {
		const g = good(tag, n);
		return `"${g.text}",${g.title},${g.url}`;
	};
	// 300 rows; row 25 (line 26) has a quote that closes mid-field.
	const broken = ['isi,judul,url'];
	for (let n = 1; n <= 300; n++) broken.push(n === 25 ? `"Rusak "di tengah ${n}",judul,https://fiksi.example/rusak/${n}` : csvRow('csvquote', n));
	await writeFile(path.join(dir, 'broken-quote.csv'), broken.join('\r\n') + '\r\n');
	// 50 rows; row 10 (line 11) opens a quote that never closes.
	const unclosed = ['isi,judul,url'];
	for (let n = 1; n <= 50; n++) unclosed.push(n === 10 ? `"tidak pernah ditutup ${n},judul,https://fiksi.example/rusak/${n}` : csvRow('csvopen', n));
	await writeFile(path.join(dir, 'unclosed-quote.csv'), unclosed.join('\n') + '\n');
	// JSON Lines: a binary first line, a line that is not UTF-8, a NUL-escaped outlet, a body of the wrong type.
	const line = (value: unknown) => Buffer.from(JSON.stringify(value));
	await writeFile(
		path.join(dir, 'mixed.jsonl'),
		Buffer.concat(
			[
				BINARY,
				line(good('jsonl', 1)),
				Buffer.concat([Buffer.from('{"text": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]),
				line(good('jsonl', 2)),
				line({ ...good('jsonl', 3), outlet: 'Evil\u0000Outlet' }),
				line({ ...good('jsonl', 4), text: { nested: true } }),
				line(good('jsonl', 5))
			].flatMap((b) => [b, Buffer.from('\n')])
		)
	);
	await writeFile(path.join(dir, 'array.json'), JSON.stringify([good('json', 1), { ...good('json', 2), outlet: 'Evil\u0000Outlet' }, good('json', 3)]));
	// Fifteen good items in other files: none may be lost to the bad record above.
	await writeFile(path.join(dir, 'fifteen.jsonl'), Array.from({ length: 15 }, (_, i) => JSON.stringify(good('fifteen', i + 1))).join('\n') + '\n');
}, 60_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

async function storedUrls(handle: DatabaseHandle, tag: string): Promise<number> {
	const row = await handle.db
		.selectFrom('articles')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('url', 'like', `https://fiksi.example/${tag}/%`)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

async function runStatus(handle: DatabaseHandle, id: number | null): Promise<string> {
	const row = await handle.db.selectFrom('ingest_runs').select('status').where('id', '=', id!).executeTakeFirstOrThrow();
	return row.status;
}

function reasonsOf(summary: Pick<IngestSummary, 'errors'>): Record<string, string> {
	return Object.fromEntries(summary.errors.map((e) => [path.basename(e.item), e.reason]));
}

describe.each(engines)('per-record isolation on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	let bearer: Record<string, string>;
	beforeAll(async () => {
		({ handle, drop } = await engine.open());
		const { token } = await createApiToken(handle.db, 'isolation-robot', ['ingest'], null);
		bearer = { authorization: `Bearer ${token}` };
	}, 60_000);
	afterAll(() => drop());

	const post = (body: string | Buffer, contentType = 'application/json') =>
		handleArticlesPost(
			handle.db,
			new Request('http://localhost/api/articles', { method: 'POST', headers: { 'content-type': contentType, ...bearer }, body: typeof body === 'string' ? body : new Uint8Array(body) }),
			extractor
		);

	it('HTTP JSON array: the items around a bad one land; each bad one is named by index and reason', async () => {
		const items = [
			good('apiarray', 1),
			{ ...good('apiarray', 2), outlet: 'Evil\u0000Outlet' },
			good('apiarray', 3),
			{ ...good('apiarray', 4), text: { html: '<p>x</p>' } },
			{ ...good('apiarray', 5), title: 'Judul\u0000rusak' },
			{ ...good('apiarray', 6), url: 'https://fiksi.example/\ud800' },
			'not an object',
			good('apiarray', 8)
		];
		const response = await post(JSON.stringify(items));
		expect(response.status).toBe(200);
		const summary = (await response.json()) as IngestSummary;
		expect(summary).toMatchObject({ read: 8, failed: 5 });
		expect(await storedUrls(handle, 'apiarray')).toBe(3);
		const reasons = reasonsOf(summary);
		expect(reasons['[1]']).toMatch(/`outlet` contains a NUL character .*PostgreSQL cannot store NUL/);
		expect(reasons['[3]']).toMatch(/field `text` is an object; expected the article text as a string/);
		expect(reasons['[4]']).toMatch(/`title` contains a NUL character/);
		expect(reasons['[5]']).toMatch(/`url` is not valid Unicode text/);
		expect(reasons['[6]']).toMatch(/expected an object/);
		expect(await runStatus(handle, summary.runId)).toBe('done');
	});

	it('HTTP NDJSON: binary, non-UTF-8, NUL and broken lines are reported by line; the rest land and the run ends', async () => {
		const line = (value: unknown) => Buffer.from(JSON.stringify(value));
		const body = Buffer.concat(
			[
				line(good('apindjson', 1)),
				BINARY,
				line(good('apindjson', 3)),
				line({ ...good('apindjson', 4), outlet: 'A\u0000B' }),
				Buffer.from('{"text": broken'),
				Buffer.concat([Buffer.from('{"text": "'), Buffer.from([0xe9, 0xff]), Buffer.from('"}')]),
				line(good('apindjson', 7))
			].flatMap((b) => [b, Buffer.from('\n')])
		);
		const response = await post(body, 'application/x-ndjson');
		expect(response.status).toBe(200);
		const summary = (await response.json()) as IngestSummary;
		expect(summary).toMatchObject({ read: 7, failed: 4 });
		expect(await storedUrls(handle, 'apindjson')).toBe(3);
		const reasons = reasonsOf(summary);
		expect(reasons['line 2']).toMatch(/binary data/);
		expect(reasons['line 4']).toMatch(/`outlet` contains a NUL character/);
		expect(reasons['line 5']).toMatch(/invalid JSON/);
		expect(reasons['line 6']).toMatch(/not valid UTF-8/);
		const run = await handle.db.selectFrom('ingest_runs').select(['status', 'errors']).where('id', '=', summary.runId!).executeTakeFirstOrThrow();
		expect(run.status).toBe('done');
		expect(run.errors).toHaveLength(4);
	});

	it('HTTP: one article that cannot be stored answers 422 with its reason, not 500', async () => {
		const response = await post(JSON.stringify({ ...good('apione', 1), outlet: 'Evil\u0000Outlet' }));
		expect(response.status).toBe(422);
		expect(reasonsOf(await response.json())['article']).toMatch(/`outlet` contains a NUL character/);
	});

	it('files (CLI path): CSV rows around a broken quote, JSON Lines around binary lines, array items around a NUL all land', async () => {
		const inputs = ['broken-quote.csv', 'unclosed-quote.csv', 'mixed.jsonl', 'array.json', 'fifteen.jsonl'].map((f) => path.join(dir, f));
		const summary = await ingest(handle.db, readSources(inputs), { trigger: 'cli', sources: inputs, extractor, gazetteer, batchSize: 50 });
		expect(await storedUrls(handle, 'csvquote')).toBe(299);
		expect(await storedUrls(handle, 'csvopen')).toBe(49);
		expect(await storedUrls(handle, 'jsonl')).toBe(3);
		expect(await storedUrls(handle, 'json')).toBe(2);
		expect(await storedUrls(handle, 'fifteen')).toBe(15);
		const reasons = reasonsOf(summary);
		expect(reasons['broken-quote.csv:26']).toMatch(/broken CSV record: Invalid Closing Quote/);
		expect(reasons['unclosed-quote.csv:11']).toMatch(/broken CSV record: a quoted field is never closed/);
		expect(reasons['mixed.jsonl:1']).toMatch(/binary data/);
		expect(reasons['mixed.jsonl:3']).toMatch(/not valid UTF-8 near byte/);
		expect(reasons['mixed.jsonl:5']).toMatch(/`outlet` contains a NUL character/);
		expect(reasons['mixed.jsonl:6']).toMatch(/field `text` is an object/);
		expect(reasons['array.json[1]']).toMatch(/`outlet` contains a NUL character/);
		expect(summary.failed).toBe(7);
		expect(summary.errors).toHaveLength(7);
		expect(await runStatus(handle, summary.runId)).toBe('done');
	});

	it('an unexpected error (the database failing every article alike) ends the run `failed` with what it stored', async () => {
		async function* events(): AsyncGenerator<SourceEvent> {
			for (let n = 1; n <= 2; n++) yield { item: { origin: `gen:${n}`, ...good('unexpected', n) } };
			await sql`alter table articles rename to articles_gone`.execute(handle.db);
			for (let n = 3; n <= 6; n++) yield { item: { origin: `gen:${n}`, ...good('unexpected', n) } };
		}
		let thrown: unknown;
		try {
			await ingest(handle.db, events(), { trigger: 'cli', sources: ['gen'], extractor, gazetteer, batchSize: 2 });
		} catch (error) {
			thrown = error;
		} finally {
			await sql`alter table if exists articles_gone rename to articles`.execute(handle.db);
		}
		expect(thrown).toBeInstanceOf(IngestRunError);
		const { summary } = thrown as IngestRunError;
		expect(summary.new).toBe(2);
		expect(summary.errors.at(-1)).toMatchObject({ item: 'run', reason: expect.stringMatching(/stopped on an unexpected error: .*articles/) });
		expect(await runStatus(handle, summary.runId)).toBe('failed');
		expect(await storedUrls(handle, 'unexpected')).toBe(2);
	});

	it('stores run errors whose text has NUL (jsonb cannot) and ends the run', async () => {
		const id = (await handle.db.insertInto('ingest_runs').values({ trigger: 'api', sources: [], errors: '[]' }).returning('id').executeTakeFirstOrThrow()).id;
		await finishIngestRun(handle.db, id, { read: 1, new: 0, duplicate: 0, nearDuplicate: 0, failed: 1, statementsAdded: 0, errors: [{ item: 'line\u00001', reason: 'bad \u0000 byte \ud800' }] }, 'done');
		const run = await handle.db.selectFrom('ingest_runs').select(['status', 'errors']).where('id', '=', id).executeTakeFirstOrThrow();
		expect(run.status).toBe('done');
		expect(run.errors).toEqual([{ item: 'line\\u00001', reason: 'bad \\u0000 byte \ufffd' }]);
	});

	it('marks `interrupted` the runs whose owner is gone, and only those', async () => {
		const child = spawn(process.execPath, ['-e', '']);
		await once(child, 'exit');
		const deadPid = child.pid!;
		const insert = async (values: { owner_host: string | null; owner_pid: number | null; minutesAgo: number }) => {
			const row = await handle.db
				.insertInto('ingest_runs')
				.values({
					trigger: 'cli',
					sources: ['x'],
					errors: '[]',
					owner_host: values.owner_host,
					owner_pid: values.owner_pid,
					started_at: sql<Date>`now() - ${values.minutesAgo}::integer * interval '1 minute'`,
					heartbeat_at: values.owner_host === null ? null : sql<Date>`now() - ${values.minutesAgo}::integer * interval '1 minute'`
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			return row.id;
		};
		const deadHere = await insert({ owner_host: hostname(), owner_pid: deadPid, minutesAgo: 0 });
		const aliveHere = await insert({ owner_host: hostname(), owner_pid: process.pid, minutesAgo: 0 });
		const staleElsewhere = await insert({ owner_host: 'other-host', owner_pid: 1, minutesAgo: 20 });
		const freshElsewhere = await insert({ owner_host: 'other-host', owner_pid: 1, minutesAgo: 1 });
		const legacy = await insert({ owner_host: null, owner_pid: null, minutesAgo: 60 });
		const marked = await markInterruptedRuns(handle.db);
		expect(marked.sort((a, b) => a - b)).toEqual([deadHere, staleElsewhere, legacy].sort((a, b) => a - b));
		const statuses = await handle.db.selectFrom('ingest_runs').select(['id', 'status', 'errors', 'finished_at']).where('id', 'in', [deadHere, aliveHere, staleElsewhere, freshElsewhere, legacy]).execute();
		const byId = new Map(statuses.map((r) => [r.id, r]));
		expect(byId.get(deadHere)?.status).toBe('interrupted');
		expect(byId.get(deadHere)?.errors[0].reason).toMatch(/interrupted: the process running it stopped/);
		expect(byId.get(deadHere)?.finished_at).not.toBeNull();
		expect(byId.get(staleElsewhere)?.status).toBe('interrupted');
		expect(byId.get(legacy)?.status).toBe('interrupted');
		expect(byId.get(aliveHere)?.status).toBe('running');
		expect(byId.get(freshElsewhere)?.status).toBe('running');
		// Starting a run does the same: nothing of ours is left running but the live ones.
		const summary = await ingest(handle.db, [], { trigger: 'api', sources: [], extractor, gazetteer });
		expect(await runStatus(handle, summary.runId)).toBe('done');
		await handle.db.updateTable('ingest_runs').set({ status: 'done' }).where('id', 'in', [aliveHere, freshElsewhere]).execute();
	});
});

describe('npm run ingest on an embedded folder', () => {
	let folder: string;
	beforeAll(() => {
		folder = path.join(dir, 'cli-db');
	});

	function runCli(args: string[], options: { stdin?: boolean; killAfterStartMs?: number } = {}) {
		const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
			env: { ...process.env, PGLITE_DIR: folder, DATABASE_URL: '', PLEDGEWATCH_DEMO: '0' },
			stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout!.on('data', (d) => (output += d));
		child.stderr!.on('data', (d: Buffer) => {
			output += d;
			if (options.killAfterStartMs !== undefined && d.toString().includes('Database:')) setTimeout(() => child.kill('SIGKILL'), options.killAfterStartMs);
		});
		return once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as string | null, output }));
	}

	async function withFolder<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
		const handle = await openDatabase({ role: 'tool', config: { engine: 'pglite', dataDir: folder } });
		try {
			return await work(handle);
		} finally {
			await handle.close();
		}
	}

	it('stores every good record around the bad ones, reports each, exits 1 and writes --report', async () => {
		const report = path.join(dir, 'report.json');
		const inputs = ['array.json', 'mixed.jsonl', 'fifteen.jsonl', 'broken-quote.csv'].map((f) => path.join(dir, f));
		const { code, output } = await runCli([...inputs, '--report', report, '--quiet']);
		expect(code, output).toBe(1);
		const written = JSON.parse(await readFile(report, 'utf8'));
		expect(written).toMatchObject({ status: 'done', failed: 6 });
		const reasons = reasonsOf(written);
		expect(reasons['array.json[1]']).toMatch(/`outlet` contains a NUL character/);
		expect(reasons['broken-quote.csv:26']).toMatch(/broken CSV record/);
		await withFolder(async (handle) => {
			expect(await storedUrls(handle, 'json')).toBe(2);
			expect(await storedUrls(handle, 'fifteen')).toBe(15);
			expect(await storedUrls(handle, 'csvquote')).toBe(299);
			expect(await runStatus(handle, written.runId)).toBe('done');
		});
	}, 120_000);

	it('a run killed mid-way is marked `interrupted` when the next ingest starts', async () => {
		// Reading stdin that never ends: the run has started and waits when it is killed.
		const killed = await runCli(['-', '--quiet'], { stdin: true, killAfterStartMs: 2000 });
		expect(killed.signal).toBe('SIGKILL');
		const stuck = await withFolder((handle) => handle.db.selectFrom('ingest_runs').select(['id', 'status']).orderBy('id', 'desc').executeTakeFirstOrThrow());
		expect(stuck.status).toBe('running');
		const next = await runCli([path.join(dir, 'fifteen.jsonl'), '--quiet']);
		expect(next.code, next.output).toBe(0);
		await withFolder(async (handle) => expect(await runStatus(handle, stuck.id)).toBe('interrupted'));
	}, 120_000);

	it('an unexpected error still writes --report and marks the run failed (exit 2)', async () => {
		await withFolder((handle) => sql`alter table articles rename to articles_gone`.execute(handle.db));
		const report = path.join(dir, 'failed-report.json');
		try {
			const { code, output } = await runCli([path.join(dir, 'fifteen.jsonl'), '--report', report, '--batch', '5', '--quiet']);
			expect(code, output).toBe(2);
		} finally {
			await withFolder((handle) => sql`alter table if exists articles_gone rename to articles`.execute(handle.db));
		}
		const written = JSON.parse(await readFile(report, 'utf8'));
		expect(written).toMatchObject({ status: 'failed', error: expect.stringMatching(/articles/) });
		await withFolder(async (handle) => expect(await runStatus(handle, written.runId)).toBe('failed'));
	}, 120_000);
});
