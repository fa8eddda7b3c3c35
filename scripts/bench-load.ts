// Load: N concurrent keep-alive clients for T seconds against the built server on the demo data —
// the overview, a filtered pledge list, an institution profile and the JSON API — each next to a
// static file served by the same process (the ratio is the figure: the load generator shares the
// machine). PGlite always; PostgreSQL too when TEST_DATABASE_URL or DATABASE_URL is set (a
// throwaway database, dropped at the end). BENCH_LOAD_CONNECTIONS (default 100) and
// BENCH_LOAD_SECONDS (default 30), or `--connections N --seconds T`, change the load.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { statSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adminQuery, startBuiltServer, stopServer } from './bench-support';

const root = path.resolve(import.meta.dirname, '..');

function option(flag: string, env: string, fallback: number): number {
	const at = process.argv.indexOf(flag);
	const raw = at >= 0 ? process.argv[at + 1] : process.env[env];
	const n = Number(raw ?? fallback);
	if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} / ${env} must be a positive number, got "${raw}"`);
	return n;
}

// A request slower than this counts as an error (a client would have given up).
const TIMEOUT_MS = 10_000;

interface UrlResult {
	label: string;
	path: string;
	requests: number;
	errors: number;
	perSecond: number;
	p50: number;
	p99: number;
	statuses: Map<string, number>;
}

function newestMtime(target: string): number {
	const stat = statSync(target, { throwIfNoEntry: false });
	if (!stat) return 0;
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
	return newest;
}

/** Builds the app as `npm start` would: when build/ is missing or older than the sources. */
function buildIfNeeded(): void {
	const built = statSync(path.join(root, 'build', 'index.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
	const sources = ['src', 'static', 'migrations', 'package.json', 'svelte.config.js', 'vite.config.ts'].map((p) => path.join(root, p));
	if (built >= Math.max(...sources.map(newestMtime))) return;
	console.log('  building the app (build/ is missing or older than the sources)…');
	const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

function get(agent: http.Agent, url: URL): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { agent, headers: { 'accept-language': 'id', 'accept-encoding': 'identity' }, timeout: TIMEOUT_MS }, (res) => {
			res.on('data', () => {});
			res.on('end', () => resolve(res.statusCode ?? 0));
			res.on('error', reject);
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', reject);
	});
}

/** `connections` clients, each sending its next request as soon as the last one ends, for `seconds`. */
async function hammer(base: string, label: string, p: string, connections: number, seconds: number): Promise<UrlResult> {
	const url = new URL(p, base);
	const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
	const times: number[] = [];
	const statuses = new Map<string, number>();
	let errors = 0;
	const started = performance.now();
	const deadline = started + seconds * 1000;
	const client = async () => {
		while (performance.now() < deadline) {
			const t0 = performance.now();
			let status: string;
			try {
				status = String(await get(agent, url));
			} catch (e) {
				status = (e as Error).message === 'timeout' ? 'timeout' : 'network';
			}
			times.push(performance.now() - t0);
			statuses.set(status, (statuses.get(status) ?? 0) + 1);
			if (!/^[23]/.test(status)) errors++;
		}
	};
	await Promise.all(Array.from({ length: connections }, client));
	const elapsed = (performance.now() - started) / 1000;
	agent.destroy();
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
	return { label, path: p, requests: times.length, errors, perSecond: times.length / elapsed, p50: at(0.5), p99: at(0.99), statuses };
}

/** The institution with the most statements in the demo data, from the public API. */
async function busiestSlug(base: string): Promise<string> {
	const res = await fetch(`${base}/api/v1/institutions?limit=200`);
	if (!res.ok) throw new Error(`/api/v1/institutions: HTTP ${res.status}`);
	const body = (await res.json()) as { rows: { slug: string; pledges: number; requests: number }[] };
	const ranked = [...body.rows].sort((a, b) => b.pledges + b.requests - (a.pledges + a.requests));
	if (!ranked[0]) throw new Error('the demo data has no institutions');
	return ranked[0].slug;
}

async function measure(label: string, env: Record<string, string>, connections: number, seconds: number): Promise<void> {
	// Every client shares 127.0.0.1: the API's per-address throttle would answer 429 to the load
	// generator itself. This measures serving, not throttling. Loading the demo corpus into a fresh
	// database takes a while on a busy machine.
	const { base, child } = await startBuiltServer(
		{ ...env, API_RATE_LIMIT_PER_MINUTE: '100000000' },
		{ portFrom: 4100, cwd: root, timeoutMs: 300_000 }
	);
	try {
		const slug = await busiestSlug(base);
		const targets: [string, string][] = [
			['static', '/robots.txt'],
			['overview', '/'],
			['pledges', '/pledges?category=budget'],
			['profile', `/institutions/${slug}`],
			['api', '/api/v1/pledges']
		];
		// One request each first, so start-up work (first render, JIT) is not what we measure.
		for (const [, p] of targets) await (await fetch(base + p)).arrayBuffer();
		console.log(`  ${label}: ${connections} connections × ${seconds} s per URL`);
		const results: UrlResult[] = [];
		for (const [name, p] of targets) {
			const r = await hammer(base, name, p, connections, seconds);
			results.push(r);
			const ratio = results[0].perSecond > 0 ? r.perSecond / results[0].perSecond : 0;
			const odd = [...r.statuses].filter(([s]) => s !== '200').map(([s, n]) => `${s}×${n}`).join(' ');
			console.log(
				`    ${name.padEnd(9)} ${r.perSecond.toFixed(0).padStart(6)} req/s · p50 ${r.p50.toFixed(0).padStart(5)} ms · p99 ${r.p99.toFixed(0).padStart(5)} ms · errors ${String(r.errors).padStart(4)} · ratio to static ${ratio.toFixed(2)}  ${p}${odd ? `  (${odd})` : ''}`
			);
		}
	} finally {
		await stopServer(child);
	}
}

export async function benchLoad(): Promise<void> {
	const connections = option('--connections', 'BENCH_LOAD_CONNECTIONS', 100);
	const seconds = option('--seconds', 'BENCH_LOAD_SECONDS', 30);
	console.log(`\nLoad: the built server on the demo data, ${connections} keep-alive clients for ${seconds} s per URL; ratio = requests/s ÷ the static file's`);
	buildIfNeeded();
	const dir = await mkdtemp(path.join(tmpdir(), 'pledgewatch-bench-load-'));
	try {
		await measure('PGlite', { PGLITE_DIR: path.join(dir, 'pgdata'), DATABASE_URL: '', PLEDGEWATCH_DEMO: '1' }, connections, seconds);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
	const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
	if (!serverUrl) {
		console.log('  PostgreSQL: skipped (set TEST_DATABASE_URL or DATABASE_URL)');
		return;
	}
	const name = `pledgewatch_bench_${randomBytes(5).toString('hex')}`;
	await adminQuery(serverUrl, `create database ${name}`);
	try {
		const url = new URL(serverUrl);
		url.pathname = `/${name}`;
		await measure('PostgreSQL', { DATABASE_URL: url.toString(), PLEDGEWATCH_DEMO: '1' }, connections, seconds);
	} finally {
		await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLoad();
