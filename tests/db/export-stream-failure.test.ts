// A database error in the middle of a streamed download ends that download, not the server: the
// probe that found `/pledges.ndjson?q=%00` killing the process is replayed here below the URL check
// (which now refuses NUL with 400), so the query really fails inside PostgreSQL / PGlite.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { guardStream } from '../../src/lib/server/export/guard-stream';
import { exportPledges } from '../../src/lib/server/export/handlers';
import { engines } from './engines';

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
		let streamed = false;
		const download = exportPledges(db, exportRequest(path)).then((response) => {
			streamed = true;
			return readAll(guardStream(response.body!, 'req-1', `GET ${path}`));
		});
		await expect(download).rejects.toThrow();
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
});
