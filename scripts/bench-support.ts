// What the benchmarks share: the built server started on a free-ish port (and stopped), and a
// statement run on a PostgreSQL admin connection (creating and dropping throwaway databases).
import { spawn, type ChildProcess } from 'node:child_process';

const FETCH_BAD_PORTS = new Set([4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697]);

export interface BenchServer {
	base: string;
	child: ChildProcess;
}

/** Starts `node build` with `env` on a port from `portFrom` on; resolves once it listens. */
export async function startBuiltServer(env: Record<string, string>, options: { portFrom: number; cwd?: string; timeoutMs?: number }): Promise<BenchServer> {
	let port = options.portFrom + Math.floor(Math.random() * 300);
	// fetch refuses the WHATWG "bad ports" (4190 sieve, 6000 X11 …) that fall in these ranges.
	while (FETCH_BAD_PORTS.has(port)) port++;
	const child = spawn(process.execPath, ['build'], {
		cwd: options.cwd,
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), options.timeoutMs ?? 120_000);
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('Listening on')) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', onData);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`server exited (${code}):\n${output}`));
		});
	});
	return { base: `http://127.0.0.1:${port}`, child };
}

/** SIGTERM, then SIGKILL if the server has not exited within 15 s. */
export async function stopServer(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
	await exited;
	clearTimeout(timer);
}

export { adminQuery } from '../src/lib/server/db/admin-query';
