// Starts the built app (`node build`, as `npm start` runs it) on its own port and its own database:
// an embedded PGlite folder, or a fresh database on a PostgreSQL server. The e2e suites that need
// their own environment (accounts made by the real CLI, a proxy's address header, a small API
// limit, a database that goes away) start one here and stop it when done.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminQuery } from '../../src/lib/server/db/admin-query';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** An admin URL of a PostgreSQL server the tests may create databases on (as in tests/db/engines.ts). */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL?.trim() || null;

export type ServerDatabase = { engine: 'pglite' } | { engine: 'postgres'; adminUrl: string } | { engine: 'postgres-url'; url: string };

export interface BuiltServer {
	baseURL: string;
	env: NodeJS.ProcessEnv;
	child: ChildProcess;
	/** Everything the server printed so far. */
	output(): string;
	/** Runs a CLI script (e.g. scripts/user.ts) against this server's database. */
	tsx(script: string, args: string[], stdin?: string): { status: number | null; stdout: string; stderr: string };
	stop(): Promise<void>;
}

let nextPort = 0;
/**
 * A port of its own per server: the Playwright web server uses 4173, the editors' server 4500–4899.
 * E2E_EXTRA_PORTS=FIRST-LAST confines them to a range (several people testing on one machine).
 */
function pickPort(): number {
	const range = /^(\d+)-(\d+)$/.exec(process.env.E2E_EXTRA_PORTS ?? '');
	if (range) return Number(range[1]) + (nextPort++ % (Number(range[2]) - Number(range[1]) + 1));
	return 5000 + ((process.pid * 7 + nextPort++ * 13) % 900);
}

export async function startBuiltServer(database: ServerDatabase, extraEnv: Record<string, string> = {}, options: { port?: number } = {}): Promise<BuiltServer> {
	const port = options.port ?? pickPort();
	const baseURL = `http://127.0.0.1:${port}`;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-e2e-'));
	let dropDatabase = async () => {};
	let databaseEnv: Record<string, string>;
	if (database.engine === 'pglite') {
		databaseEnv = { PGLITE_DIR: path.join(dir, 'pgdata'), DATABASE_URL: '' };
	} else if (database.engine === 'postgres-url') {
		databaseEnv = { DATABASE_URL: database.url };
	} else {
		const name = `pledgewatch_e2e_${randomBytes(6).toString('hex')}`;
		await adminQuery(database.adminUrl, `create database ${name}`);
		const url = new URL(database.adminUrl);
		url.pathname = `/${name}`;
		databaseEnv = { DATABASE_URL: url.toString() };
		dropDatabase = () => adminQuery(database.adminUrl, `drop database if exists ${name} with (force)`);
	}
	const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: baseURL, ...databaseEnv, ...extraEnv };
	const child = spawn(process.execPath, ['build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const collect = (chunk: Buffer) => {
		output += chunk.toString();
	};
	child.stdout!.on('data', collect);
	child.stderr!.on('data', collect);

	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		}
		await dropDatabase().catch((error: Error) => console.error(`could not drop the test database: ${error.message}`));
		fs.rmSync(dir, { recursive: true, force: true });
	};

	try {
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`test server did not start:\n${output}`)), 120_000);
			const check = () => {
				if (output.includes('Listening on')) {
					clearTimeout(timer);
					resolve();
				}
			};
			child.stdout!.on('data', check);
			child.stderr!.on('data', check);
			child.once('exit', (code) => {
				clearTimeout(timer);
				reject(new Error(`test server exited (${code}):\n${output}`));
			});
		});
	} catch (error) {
		await stop();
		throw error;
	}

	return {
		baseURL,
		env,
		child,
		output: () => output,
		tsx(script, args, stdin) {
			const result = spawnSync(tsx, [script, ...args], { cwd: root, env, input: stdin ?? '', encoding: 'utf8', timeout: 120_000 });
			return { status: result.status, stdout: result.stdout, stderr: result.stderr };
		},
		stop
	};
}
