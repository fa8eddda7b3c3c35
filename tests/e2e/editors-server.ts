// A worker-scoped test server for the editors' and security e2e tests: the built app on its own
// port and its own embedded database folder, so that `npm run user` (the real CLI) can join it
// and create accounts the way an operator would. Tests import `test` and `expect` from here.
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export { expect };

export const PASSWORD = 'e2e password that is long';
export const ACCOUNTS = { editor: 'editor@e2e.example', admin: 'admin@e2e.example' } as const;

export interface Seeded {
	legislature: number;
	duplicate: number;
	hostile: number;
	article: number;
	xssArticle: number;
	low: number;
	mid: number;
	high: number;
	xss: number;
	tag: string;
}

export interface EditorsServer {
	baseURL: string;
	/** Runs `scripts/user.ts` against this server's database (joining the running server). */
	cli(args: string[], stdin?: string): { status: number | null; stdout: string; stderr: string };
	/** `place`: where its statements sit in the review queue (least sure first): at the top, or below the demo's. */
	seed(tag: string, place?: 'top' | 'low'): Seeded;
}

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function runTsx(script: string, args: string[], env: NodeJS.ProcessEnv, stdin?: string) {
	const result = spawnSync(tsx, [script, ...args], { cwd: root, env, input: stdin ?? '', encoding: 'utf8', timeout: 120_000 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function startServer(): Promise<{ child: ChildProcess; baseURL: string; env: NodeJS.ProcessEnv; dir: string }> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-editors-'));
	// EDITORS_E2E_PORT lets several people running the suites on one machine keep to their own ports.
	const port = Number(process.env.EDITORS_E2E_PORT) || 4500 + (process.pid % 400);
	const baseURL = `http://127.0.0.1:${port}`;
	const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', PGLITE_DIR: path.join(dir, 'pgdata'), DATABASE_URL: '', ORIGIN: baseURL };
	const child = spawn(process.execPath, ['build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`editors test server did not start:\n${output}`)), 120_000);
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('Listening on')) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		child.once('exit', (code) => reject(new Error(`editors test server exited (${code}):\n${output}`)));
	});
	return { child, baseURL, env, dir };
}

export const test = base.extend<object, { editorsServer: EditorsServer }>({
	editorsServer: [
		// Playwright requires the destructuring pattern even when a fixture depends on nothing.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const { child, baseURL, env, dir } = await startServer();
			const server: EditorsServer = {
				baseURL,
				cli: (args, stdin) => runTsx('scripts/user.ts', args, env, stdin),
				seed(tag, place = 'top') {
					const result = runTsx('tests/e2e/editors-seed.ts', [tag, place], env);
					if (result.status !== 0) throw new Error(`seeding failed: ${result.stderr}`);
					return JSON.parse(result.stdout.trim().split('\n').pop()!) as Seeded;
				}
			};
			for (const [role, email] of Object.entries(ACCOUNTS)) {
				const added = server.cli(['add', email, '--role', role, '--password-stdin'], `${PASSWORD}\n`);
				if (added.status !== 0) throw new Error(`could not add ${email}: ${added.stderr}`);
			}
			try {
				await use(server);
			} finally {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
				if (child.exitCode === null) child.kill('SIGKILL');
				fs.rmSync(dir, { recursive: true, force: true });
			}
		},
		{ scope: 'worker', timeout: 180_000 }
	],
	baseURL: async ({ editorsServer }, use) => use(editorsServer.baseURL)
});

/** Headers of a browser's plain form POST: SvelteKit answers JSON unless the client accepts HTML. */
export const formHeaders = (baseURL: string, extra: Record<string, string> = {}) => ({ origin: baseURL, accept: 'text/html', ...extra });

/** Logs in through the real form endpoint; the context keeps the session cookie. */
export async function loginAs(request: APIRequestContext, baseURL: string, email: string, password = PASSWORD): Promise<number> {
	const response = await request.post(`${baseURL}/login`, {
		form: { email, password, next: '/admin' },
		headers: formHeaders(baseURL),
		maxRedirects: 0
	});
	return response.status();
}

export async function loginInBrowser(page: Page, email: string, next = '/admin'): Promise<void> {
	await page.goto(`/login?next=${encodeURIComponent(next)}`, { waitUntil: 'networkidle' });
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}
