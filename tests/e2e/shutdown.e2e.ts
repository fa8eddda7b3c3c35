// `npm start` (scripts/start.js over the built server) on the embedded database: it accepts form
// posts from the address it prints, and releases its folder and exits promptly on SIGTERM.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

test('npm start accepts forms from the address it prints, then exits within seconds of SIGTERM and frees the data folder', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-shutdown-'));
	const dataDir = path.join(dir, 'pgdata');
	const port = 4300 + (process.pid % 500);
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PGLITE_DIR: dataDir, DATABASE_URL: '', PLEDGEWATCH_DEMO: '0' };
	delete env.ORIGIN;
	delete env.HOST;
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	try {
		let output = '';
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
			const onData = (chunk: Buffer) => {
				output += chunk.toString();
				if (output.includes('Listening on')) {
					clearTimeout(timer);
					resolve();
				}
			};
			child.stdout.on('data', onData);
			child.stderr.on('data', onData);
		});
		expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);
		const res = await fetch(`http://127.0.0.1:${port}/`);
		expect(res.status).toBe(200);
		// A wrong password must be refused as a wrong password (400), not as a cross-site post (403).
		const login = await fetch(`http://127.0.0.1:${port}/login`, {
			method: 'POST',
			headers: { origin: `http://localhost:${port}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
			body: 'email=nobody%40example.test&password=wrong-password-123'
		});
		expect(login.status).toBe(400);

		const stoppedAt = Date.now();
		const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
		child.kill('SIGTERM');
		const code = await exited;
		expect(Date.now() - stoppedAt).toBeLessThan(5_000);
		expect(code).toBe(0);
		expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
	} finally {
		if (child.exitCode === null) child.kill('SIGKILL');
		fs.rmSync(dir, { recursive: true, force: true });
	}
});
