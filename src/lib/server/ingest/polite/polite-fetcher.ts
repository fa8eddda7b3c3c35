// Fetching for sources, politely: robots.txt read once an hour per site and obeyed, at most
// `perHost` requests in flight to one host, conditional GET for feeds, and the project named in
// the User-Agent (fetch-page.ts). Errors say what happened, so a source's health can show it.
import { DEFAULT_LIMITS, fetchPage, FetchFailed, userAgent, type Conditional, type FetchedPage, type FetchLimits } from '../sources/fetch-page';
import { HostGate } from './host-gate';
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobots, type RobotsRules } from './robots';

/** The token sites name in robots.txt to address us. */
export const ROBOTS_AGENT = 'pledgewatch';
const ROBOTS_TTL_MS = 60 * 60 * 1000;

export class RobotsDisallowed extends FetchFailed {}

export interface PoliteOptions {
	perHost?: number;
	limits?: FetchLimits;
	now?: () => number;
}

export class PoliteFetcher {
	readonly gate: HostGate;
	private readonly robots = new Map<string, { rules: Promise<RobotsRules>; at: number }>();
	private readonly limits: FetchLimits;
	private readonly now: () => number;

	constructor(options: PoliteOptions = {}) {
		this.gate = new HostGate(options.perHost ?? perHostFromEnv());
		this.limits = options.limits ?? DEFAULT_LIMITS;
		this.now = options.now ?? Date.now;
	}

	/** Fetches a URL the site allows us; throws NotModified (304), RobotsDisallowed or FetchFailed. */
	async fetch(url: string, conditional: Conditional = {}): Promise<FetchedPage> {
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			throw new FetchFailed(`not a URL: ${url.slice(0, 200)}`);
		}
		const rules = await this.rulesFor(parsed);
		if (!isAllowed(rules, parsed.pathname + parsed.search)) {
			throw new RobotsDisallowed(`${parsed.host}'s robots.txt does not allow ${ROBOTS_AGENT} to read ${parsed.pathname}`);
		}
		return this.gate.run(parsed.host, () => fetchPage(url, this.limits, conditional));
	}

	private rulesFor(url: URL): Promise<RobotsRules> {
		const origin = url.origin;
		const cached = this.robots.get(origin);
		if (cached && this.now() - cached.at < ROBOTS_TTL_MS) return cached.rules;
		const rules = this.gate.run(url.host, () => readRobots(origin, this.limits));
		this.robots.set(origin, { rules, at: this.now() });
		return rules;
	}
}

async function readRobots(origin: string, limits: FetchLimits): Promise<RobotsRules> {
	try {
		const page = await fetchPage(`${origin}/robots.txt`, { ...limits, maxBytes: 500_000 });
		return parseRobots(page.text, ROBOTS_AGENT);
	} catch (error) {
		// RFC 9309: a 4xx means no rules; an unreachable file (5xx, network) means assume disallow.
		if (error instanceof FetchFailed && error.status !== null && error.status >= 400 && error.status < 500) return ALLOW_ALL;
		return DISALLOW_ALL;
	}
}

function perHostFromEnv(): number {
	const n = Number(process.env.SOURCES_PER_HOST ?? 2);
	return Number.isInteger(n) && n >= 1 ? n : 2;
}

export { userAgent };
