// The embedded database is one folder that only one process may write. These tests prove the
// guard and the sharing: a second server fails fast, tools join the running server, and no write
// is lost or leaks into another client's transaction.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/connect';
import { lockPathFor } from '../../src/lib/server/db/folder-lock';
import { prepareDatabase } from '../../src/lib/server/db/prepare';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

function runChild(script: string, args: string[]) {
	return run(tsx, [path.resolve('tests/db/helpers', script), ...args], { timeout: 60_000 });
}

describe('embedded database shared by a server with tools', () => {
	let dir: string;
	let dataDir: string;
	let server: DatabaseHandle;

	const pglite = () => ({ engine: 'pglite' as const, dataDir });
	const countOutlets = async (h: DatabaseHandle, prefix: string) =>
		(await h.db.selectFrom('outlets').select((eb) => eb.fn.countAll<number>().as('n')).where('domain', 'like', `${prefix}%`).executeTakeFirstOrThrow()).n;

	beforeAll(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-share-'));
		dataDir = path.join(dir, 'pgdata');
		server = await openDatabase({ role: 'server', config: pglite(), command: 'test server' });
		await prepareDatabase(server.db);
	});

	afterAll(async () => {
		await server?.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('publishes the share port in the lock file', () => {
		const lock = JSON.parse(fs.readFileSync(lockPathFor(dataDir), 'utf8'));
		expect(lock).toMatchObject({ pid: process.pid, role: 'server', command: 'test server' });
		expect(lock.port).toBeGreaterThan(0);
	});

	it('refuses a second server on the same folder, in this process and in another, with a clear message', async () => {
		await expect(openDatabase({ role: 'server', config: pglite() })).rejects.toThrow(/in use by process \d+.*\n.*Only one server/s);
		const started = Date.now();
		const child = await runChild('open-server.ts', [dataDir]).catch((e: { code: number; stderr: string }) => e);
		expect(child).toMatchObject({ code: 3 });
		expect((child as { stderr: string }).stderr).toMatch(/in use by process/);
		expect(Date.now() - started).toBeLessThan(20_000);
	});

	it('lets a tool join the running server and keeps its transaction apart from the server’s writes', async () => {
		const tool = await openDatabase({ role: 'tool', config: pglite() });
		try {
			expect(tool.engine).toBe('pglite-shared');
			let release!: () => void;
			const held = new Promise<void>((r) => (release = r));
			const toolTx = tool.db
				.transaction()
				.execute(async (tx) => {
					await tx.insertInto('outlets').values({ domain: 'iso-tool.example', name: 'tool' }).execute();
					await held;
					throw new Error('roll back on purpose');
				})
				.catch((e: Error) => e.message);
			await new Promise((r) => setTimeout(r, 100));
			// The server writes while the tool's transaction is open; it must wait, then land on its own.
			const serverWrite = server.db.insertInto('outlets').values({ domain: 'iso-server.example', name: 'server' }).execute();
			await new Promise((r) => setTimeout(r, 100));
			release();
			expect(await toolTx).toBe('roll back on purpose');
			await serverWrite;
			expect(await countOutlets(server, 'iso-tool')).toBe(0);
			expect(await countOutlets(server, 'iso-server')).toBe(1);
		} finally {
			await tool.close();
		}
	});

	it('loses no write when the server and two tool processes write at the same time', async () => {
		const perWriter = 60;
		const serverWrites = (async () => {
			for (let i = 0; i < perWriter; i++) {
				await server.db.transaction().execute(async (tx) => {
					await tx.insertInto('outlets').values({ domain: `w-server-${i}.example`, name: 'server' }).execute();
				});
			}
		})();
		const [a, b] = await Promise.all([
			runChild('write-rows.ts', [dataDir, String(perWriter), 'w-tool-a']),
			runChild('write-rows.ts', [dataDir, String(perWriter), 'w-tool-b']),
			serverWrites
		]);
		expect(a.stdout.trim()).toBe(`pglite-shared ${perWriter}`);
		expect(b.stdout.trim()).toBe(`pglite-shared ${perWriter}`);
		expect(await countOutlets(server, 'w-')).toBe(3 * perWriter);
		const renamed = await server.db.selectFrom('outlets').select('name').where('domain', '=', 'w-tool-a-7.example').executeTakeFirstOrThrow();
		expect(renamed.name).toBe('w-tool-a #7');
	});

	it('keeps every write on disk after the server closes, and frees the folder', async () => {
		await server.close();
		expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
		const reopened = await openDatabase({ role: 'tool', config: pglite() });
		try {
			expect(reopened.engine).toBe('pglite');
			expect(await countOutlets(reopened, 'w-')).toBe(180);
			expect(await countOutlets(reopened, 'iso-server')).toBe(1);
		} finally {
			await reopened.close();
		}
		server = await openDatabase({ role: 'server', config: pglite() });
	});

	it('replaces a lock left by a process that no longer exists', async () => {
		const other = path.join(dir, 'stale');
		fs.writeFileSync(lockPathFor(other), JSON.stringify({ pid: 2 ** 22 + 12345, hostname: os.hostname(), role: 'server', port: 1, command: 'gone', startedAt: '2020-01-01' }));
		const handle = await openDatabase({ role: 'tool', config: { engine: 'pglite', dataDir: other } });
		expect(handle.engine).toBe('pglite');
		await handle.close();
	});
});
