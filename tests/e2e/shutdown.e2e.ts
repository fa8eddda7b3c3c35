// `npm start` (scripts/start.js over the built server) on the embedded database: it accepts form
// posts from every loopback name of the site and refuses cross-site ones, and releases its folder
// and exits promptly on SIGTERM.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

/** A wrong-password login post with the given Host and Origin headers; resolves to the status. */
function login(port: number, host: string, origin: string): Promise<number> {
	const body = 'email=nobody%40example.test&password=wrong-password-123';
	return new Promise((resolve, reject) => {
		const req = http.request(
			{ host: '127.0.0.1', port, path: '/login', method: 'POST', headers: { host, origin, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'content-length': Buffer.byteLength(body) } },
			(res) => {
				res.resume();
				resolve(res.statusCode ?? 0);
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

test('npm start accepts forms from every loopback name of the site and refuses cross-site ones, then exits within seconds of SIGTERM and frees the data folder', async () => {
	// npm start builds first when the sources are newer than the build.
	test.setTimeout(240_000);
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
		// A wrong password must be refused as a wrong password (400), not as a cross-site post (403),
		// whichever name of this machine the browser used.
		for (const name of ['localhost', '127.0.0.1', '[::1]']) {
			expect(await login(port, `${name}:${port}`, `http://${name}:${port}`), name).toBe(400);
		}
		// Cross-site posts stay refused: another site's page, a page on another port, and a
		// DNS-rebinding page whose name resolved to this machine.
		expect(await login(port, `127.0.0.1:${port}`, 'http://evil.example')).toBe(403);
		expect(await login(port, `localhost:${port}`, `http://localhost:${port + 1}`)).toBe(403);
		expect(await login(port, `evil.example:${port}`, `http://evil.example:${port}`)).toBe(403);
		expect(await login(port, `127.0.0.1:${port}`, `https://127.0.0.1:${port}`)).toBe(403);

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
