// A database error in the middle of a streamed download ends that download, not the server: the
// probe that found `/pledges.ndjson?q=%00` killing the process is replayed here below the URL check
// (which now refuses NUL with 400), so the query really fails inside PostgreSQL / PGlite.
// A failure of the first read answers an error status before any header is sent (500, or 503 when
// the database is unreachable: a closed PGlite, a PostgreSQL port nobody listens on); a later one
// cuts a 200 stream. Every failure is a real query failing in a real database.
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../../src/lib/server/db/connect';
import type { Dataset } from '../../src/lib/server/export/columns';
import { guardStreamedResponse } from '../../src/lib/server/export/guard-stream';
import { exportPledges } from '../../src/lib/server/export/handlers';
import { exportStream } from '../../src/lib/server/export/stream';
import { engines } from './engines';

const numbers: Dataset<{ id: number }> = {
	name: 'numbers',
	title: { id: 'angka', en: 'numbers' },
	description: { id: 'angka', en: 'numbers' },
	columns: [{ name: 'id', type: 'integer', description: { id: 'id', en: 'id' }, value: (r) => r.id }],
	primaryKey: 'id'
};

async function readAll(body: ReadableStream<Uint8Array>): Promise<string> {
	return new Response(body).text();
}

function exportRequest(path: string) {
	const url = new URL(`http://pledgewatch.test${path}`);
	const format = path.includes('.csv') ? ('csv' as const) : ('ndjson' as const);
	return { request: new Request(url), url, format, now: new Date('2026-01-01T00:00:00Z') };
}

describe.each(engines)('a failing streamed export on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	const unhandled: unknown[] = [];
	const onUnhandled = (reason: unknown) => unhandled.push(reason);

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
	});
	afterAll(() => drop());
	beforeEach(() => {
		unhandled.length = 0;
		process.on('unhandledRejection', onUnhandled);
	});
	afterEach(() => {
		process.off('unhandledRejection', onUnhandled);
	});

	it.each(['/pledges.ndjson?q=%00', '/pledges.csv?q=%00&bom=1'])('%s fails that download alone and leaves no unhandled rejection', async (path) => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		// PostgreSQL's COPY path fails before the response exists (the route then answers 500 through
		// handleError); the paged path fails inside the stream, where the guard must catch it.
		// The paged path fails on its first read, before the guard lets the 200 header go: an error
		// status in the API's shape instead of a download that breaks at 0 bytes.
		let streamed = false;
		const download = exportPledges(db, exportRequest(path)).then(async (response) => {
			streamed = true;
			return guardStreamedResponse(response, 'req-1', `GET ${path}`);
		});
		if (engine.name === 'postgres' && path.includes('.csv')) await expect(download).rejects.toThrow();
		else {
			const answer = await download;
			expect(answer.status).toBe(500);
			expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
			expect(await answer.json()).toMatchObject({ error: { code: 'internal', message: expect.stringContaining('req-1') } });
		}
		// Give any stray rejection a few turns of the event loop to surface.
		await new Promise((r) => setTimeout(r, 50));
		expect(unhandled).toEqual([]);
		if (streamed) expect(logged.mock.calls.some((args) => String(args[0]).includes('[req-1]'))).toBe(true);
		logged.mockRestore();

		// The database is still usable afterwards (on PGlite: the session gate was released).
		const next = await exportPledges(db, exportRequest('/pledges.ndjson'));
		expect(next.status).toBe(200);
		expect(await readAll(next.body!)).toBe('');
	});

	it('a failure after the first chunk cuts the 200 stream the client already has', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		let calls = 0;
		// The first chunk is three real rows; the second query fails inside the database.
		const fetchAfter = async (after: number | null, limit: number) => {
			calls++;
			if (calls === 1) return (await sql<{ id: number }>`select g::int as id from generate_series(1, ${limit}) g`.execute(db)).rows;
			return (await sql<{ id: number }>`select (1 / (g - g))::int as id from generate_series(1, ${limit}) g`.execute(db)).rows;
		};
		const body = exportStream(numbers, { fetchAfter }, { origin: 'http://pledgewatch.test' }, { format: 'ndjson', chunkRows: 3 });
		const response = await guardStreamedResponse(new Response(body, { headers: { 'content-type': 'application/x-ndjson' } }), 'req-2', 'GET /numbers.ndjson');
		expect(response.status).toBe(200);
		const reader = response.body!.getReader();
		const first = await reader.read();
		expect(new TextDecoder().decode(first.value)).toBe('{"id":1}\n{"id":2}\n{"id":3}\n');
		await expect(reader.read()).rejects.toThrow(/req-2/);
		await new Promise((r) => setTimeout(r, 50));
		expect(unhandled).toEqual([]);
		expect(logged.mock.calls.some((args) => String(args[0]).includes('[req-2]'))).toBe(true);
		logged.mockRestore();
	});

	it('an unreachable database answers 503 with Retry-After before any byte is sent', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		// PGlite: a database handle that was closed (the server shutting down); PostgreSQL: a server
		// that is not listening (connection refused).
		const gone =
			engine.name === 'pglite'
				? await openDatabase({ role: 'tool', config: { engine: 'pglite', dataDir: 'memory://' } }).then(async (handle) => (await handle.close(), handle))
				: await openDatabase({ role: 'tool', config: { engine: 'postgres', url: 'postgres://postgres@127.0.0.1:1/pledgewatch_gone' } });
		try {
			for (const path of ['/pledges.ndjson', '/pledges.csv']) {
				const attempt = exportPledges(gone.db, exportRequest(path)).then((response) => guardStreamedResponse(response, 'req-3', `GET ${path}`));
				if (engine.name === 'postgres' && path.endsWith('.csv')) {
					// COPY is opened before the response exists: the route's error goes through
					// handleError, which hooks/database-outage.ts turns into the same 503.
					await expect(attempt).rejects.toMatchObject({ code: 'ECONNREFUSED' });
					continue;
				}
				const answer = await attempt;
				expect(answer.status, path).toBe(503);
				expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
				expect(await answer.json()).toMatchObject({ error: { code: 'unavailable', message: expect.stringMatching(/database is unavailable/) } });
			}
		} finally {
			if (engine.name === 'postgres') await gone.close();
			logged.mockRestore();
		}
		await new Promise((r) => setTimeout(r, 50));
		expect(unhandled).toEqual([]);
	});
});
