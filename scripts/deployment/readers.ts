// The readers of the one-machine deployment: N concurrent keep-alive clients, each from an address
// of its own (sent in X-Forwarded-For, as a proxy would), spread round-robin over the app instances
// the way a load balancer with passive health checks spreads them (nginx's proxy_next_upstream): a
// request whose connection is refused or reset before any answer is sent to the other instance,
// and the failing one is left out for a few seconds. A reset also happens to a healthy instance,
// when it closes an idle keep-alive connection just as a request goes out on it, so up to three
// tries go round the instances. Each retry is counted ("failed over"); an error is what a reader
// saw: a 5xx, a timeout, or connection failures on every try. 429s are counted on their own.
import http from 'node:http';

export interface ReadTarget {
	name: string;
	baseURL: string;
}

export interface ReaderStats {
	requests: number;
	ok: number;
	/** Refused by a rate limit: not errors, counted apart. */
	limited: number;
	/** 5xx, timeouts, and connection failures that no instance could answer. */
	errors: number;
	errorKinds: Record<string, number>;
	failedOver: number;
	/** Why and from where requests failed over ("app-b ECONNREFUSED": 12). */
	failedOverFrom: Record<string, number>;
	p50: number;
	p99: number;
	max: number;
	perSecond: number;
	byInstance: Record<string, number>;
	byPath: Record<string, { requests: number; p50: number; p99: number }>;
}

export interface ReadersOptions {
	targets: ReadTarget[];
	clients: number;
	seconds: number;
	/** The path client `c` asks for on its `i`-th request. */
	pathFor: (c: number, i: number) => string;
	timeoutMs?: number;
}

const CONNECTION_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const LEFT_OUT_MS = 3000;
const MAX_TRIES = 3;

class ConnectionFailure extends Error {}

function get(agent: http.Agent, url: URL, address: string, timeoutMs: number): Promise<number> {
	return new Promise((resolve, reject) => {
		let answered = false;
		const req = http.get(url, { agent, headers: { 'x-forwarded-for': address, 'accept-language': 'id', 'accept-encoding': 'identity' }, timeout: timeoutMs }, (res) => {
			answered = true;
			res.on('data', () => {});
			res.on('end', () => resolve(res.statusCode ?? 0));
			res.on('error', (e) => reject(e));
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', (e: NodeJS.ErrnoException) => {
			// Refused or reset before the status line: nothing was served, so another instance may try.
			const failedToConnect = !answered && (CONNECTION_FAILURES.has(e.code ?? '') || e.message === 'socket hang up');
			reject(failedToConnect ? new ConnectionFailure(e.code ?? e.message) : e);
		});
	});
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export async function runReaders(options: ReadersOptions): Promise<ReaderStats> {
	const timeoutMs = options.timeoutMs ?? 30_000;
	const agents = new Map(options.targets.map((t) => [t.name, new http.Agent({ keepAlive: true, maxSockets: options.clients })]));
	const leftOutUntil = new Map<string, number>();
	const times: number[] = [];
	const pathTimes = new Map<string, number[]>();
	const byInstance: Record<string, number> = {};
	const errorKinds: Record<string, number> = {};
	let ok = 0;
	let limited = 0;
	let errors = 0;
	let failedOver = 0;
	const failedOverFrom: Record<string, number> = {};
	let turn = 0;
	const error = (kind: string) => {
		errors++;
		errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
	};
	/** The next instance in turn that is not left out (all of them if every one is). */
	const pick = (exclude?: string): ReadTarget => {
		const now = Date.now();
		const usable = options.targets.filter((t) => t.name !== exclude && (leftOutUntil.get(t.name) ?? 0) <= now);
		const from = usable.length > 0 ? usable : options.targets.filter((t) => t.name !== exclude);
		return from[turn++ % from.length] ?? options.targets[0];
	};

	const started = performance.now();
	const deadline = started + options.seconds * 1000;
	const client = async (c: number) => {
		const address = `10.${(c >> 16) & 255}.${(c >> 8) & 255}.${c & 255}`;
		for (let i = 0; performance.now() < deadline; i++) {
			const path = options.pathFor(c, i);
			const t0 = performance.now();
			let target = pick();
			let status: number | null = null;
			for (let attempt = 0; attempt < MAX_TRIES && status === null; attempt++) {
				try {
					status = await get(agents.get(target.name)!, new URL(path, target.baseURL), address, timeoutMs);
				} catch (e) {
					if (e instanceof ConnectionFailure && attempt < MAX_TRIES - 1 && options.targets.length > 1) {
						leftOutUntil.set(target.name, Date.now() + LEFT_OUT_MS);
						failedOver++;
						const why = `${target.name} ${e.message}`;
						failedOverFrom[why] = (failedOverFrom[why] ?? 0) + 1;
						target = pick(target.name);
						continue;
					}
					error(e instanceof ConnectionFailure ? `connection ${e.message} (${target.name})` : (e as Error).message === 'timeout' ? 'timeout' : `network ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
					break;
				}
			}
			const elapsed = performance.now() - t0;
			times.push(elapsed);
			const kind = path.split('?')[0].replace(/\/institutions\/.+/, '/institutions/…');
			if (!pathTimes.has(kind)) pathTimes.set(kind, []);
			pathTimes.get(kind)!.push(elapsed);
			if (status === null) continue;
			byInstance[target.name] = (byInstance[target.name] ?? 0) + 1;
			if (status === 429) limited++;
			else if (status >= 500) error(`HTTP ${status}`);
			else if (status >= 200 && status < 400) ok++;
			else error(`HTTP ${status}`);
		}
	};
	await Promise.all(Array.from({ length: options.clients }, (_, c) => client(c)));
	const elapsedSeconds = (performance.now() - started) / 1000;
	for (const agent of agents.values()) agent.destroy();
	times.sort((a, b) => a - b);
	const byPath: ReaderStats['byPath'] = {};
	for (const [p, list] of pathTimes) {
		list.sort((a, b) => a - b);
		byPath[p] = { requests: list.length, p50: quantile(list, 0.5), p99: quantile(list, 0.99) };
	}
	return {
		requests: times.length,
		ok,
		limited,
		errors,
		errorKinds,
		failedOver,
		failedOverFrom,
		p50: quantile(times, 0.5),
		p99: quantile(times, 0.99),
		max: times.at(-1) ?? 0,
		perSecond: times.length / elapsedSeconds,
		byInstance,
		byPath
	};
}
