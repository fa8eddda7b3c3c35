// The hostile-input probe (issue 15) as data and a runner: every route of src/routes with the query
// parameters it reads, and the values a careless client or an attacker sends. The suite in
// hostile-inputs.e2e.ts runs it against the built server on each engine.
import type { APIRequestContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const PLEDGE = ['q', 'category', 'kind', 'actor_kind', 'level', 'province', 'year', 'strength', 'status', 'review', 'institution', 'from', 'to', 'sort', 'overdue', 'due_from', 'due_to'];
const INSTITUTION = ['q', 'level', 'province', 'from', 'to', 'sort'];
const ARTICLE = ['q', 'language', 'outlet', 'year', 'from', 'to'];
const EXPORT = ['limit', 'cursor', 'download', 'bom'];
/** The embeds and chart files read every /pledges filter through one parser; these reach its branches. */
const EMBED = ['institution', 'kind', 'category', 'year'];
const FORMATS = ['csv', 'json', 'ndjson'];

export interface RealIds {
	pledge: number;
	article: number;
	slug: string;
	province: string;
}

export interface ProbedRoute {
	/** The route id as SvelteKit names it (its folder under src/routes). */
	route: string;
	/** Concrete paths, with `{id}`, `{article}`, `{slug}` or `{code}` where the route has a parameter. */
	paths: string[];
	/** The query parameters the route reads (every route also gets `lang` and an unknown name). */
	params: string[];
	/** Needs a logged-in admin. */
	admin?: boolean;
	/** Answers JSON and validates `limit`/`cursor` with 400. */
	paged?: boolean;
}

export const ROUTES: ProbedRoute[] = [
	{ route: '/', paths: ['/'], params: [] },
	{ route: '/about', paths: ['/about'], params: [] },
	{ route: '/legislatures', paths: ['/legislatures'], params: [...INSTITUTION, 'page'] },
	{ route: '/agencies', paths: ['/agencies'], params: [...INSTITUTION, 'page'] },
	{ route: '/legislatures.[format=dataformat]', paths: FORMATS.map((f) => `/legislatures.${f}`), params: [...INSTITUTION, ...EXPORT] },
	{ route: '/agencies.[format=dataformat]', paths: FORMATS.map((f) => `/agencies.${f}`), params: [...INSTITUTION, ...EXPORT] },
	{ route: '/pledges', paths: ['/pledges'], params: [...PLEDGE, 'cursor'] },
	{ route: '/pledges.[format=dataformat]', paths: FORMATS.map((f) => `/pledges.${f}`), params: [...PLEDGE, ...EXPORT] },
	{ route: '/pledges/[id]', paths: ['/pledges/{id}'], params: [] },
	{ route: '/pledges/[id]/report', paths: ['/pledges/{id}/report'], params: [] },
	{ route: '/articles.[format=dataformat]', paths: FORMATS.map((f) => `/articles.${f}`), params: [...ARTICLE, ...EXPORT] },
	{ route: '/articles/[id]', paths: ['/articles/{article}'], params: [] },
	{ route: '/institutions/[slug]', paths: ['/institutions/{slug}'], params: ['from', 'to'] },
	{ route: '/institutions/[slug].[format=dataformat]', paths: FORMATS.map((f) => `/institutions/{slug}.${f}`), params: [...PLEDGE, ...EXPORT] },
	{ route: '/corrections', paths: ['/corrections'], params: ['before'] },
	{ route: '/data', paths: ['/data'], params: [] },
	{ route: '/data/[table=datatable].csv', paths: ['/data/pledges.csv', '/data/institutions.csv', '/data/articles.csv'], params: ['bom', 'download'] },
	{ route: '/data/datapackage.json', paths: ['/data/datapackage.json'], params: [] },
	{ route: '/data/popolo.json', paths: ['/data/popolo.json'], params: [] },
	{ route: '/sitemap.xml', paths: ['/sitemap.xml'], params: [] },
	{ route: '/sitemaps/[part]', paths: ['/sitemaps/pages.xml', '/sitemaps/pledges-1.xml', '/sitemaps/institutions-1.xml'], params: [] },
	{ route: '/login', paths: ['/login'], params: ['next'] },
	{ route: '/logout', paths: ['/logout'], params: [] },
	{ route: '/embed/categories', paths: ['/embed/categories'], params: EMBED },
	{ route: '/embed/timeline', paths: ['/embed/timeline'], params: EMBED },
	// SVG only: the PNG is drawn from the same SVG after the parameters are read (and costs ~0.2 s).
	{ route: '/charts/[name=chartname].[format=chartformat]', paths: ['/charts/timeline.svg'], params: [...EMBED, 'from', 'download'] },
	{ route: '/feeds/pledges.atom', paths: ['/feeds/pledges.atom'], params: PLEDGE },
	{ route: '/feeds/overdue.atom', paths: ['/feeds/overdue.atom'], params: PLEDGE },
	{ route: '/feeds/status.atom', paths: ['/feeds/status.atom'], params: PLEDGE },
	{ route: '/search', paths: ['/search'], params: ['q'] },
	{ route: '/follow', paths: ['/follow'], params: ['scope'] },
	{ route: '/follow/confirm', paths: ['/follow/confirm'], params: ['token'] },
	{ route: '/follow/unsubscribe', paths: ['/follow/unsubscribe'], params: ['token'] },
	{ route: '/feeds/institutions/[slug].atom', paths: ['/feeds/institutions/{slug}.atom'], params: [] },
	{ route: '/feeds/provinces/[code].atom', paths: ['/feeds/provinces/{code}.atom'], params: [] },
	{ route: '/cite/pledges/[id].json', paths: ['/cite/pledges/{id}.json'], params: [] },
	{ route: '/cite/institutions/[slug].json', paths: ['/cite/institutions/{slug}.json'], params: [] },
	{ route: '/api/openapi.json', paths: ['/api/openapi.json'], params: [] },
	{ route: '/api/articles', paths: ['/api/articles'], params: [] },
	{ route: '/api/v1/pledges', paths: ['/api/v1/pledges'], params: [...PLEDGE, 'limit', 'cursor'], paged: true },
	{ route: '/api/v1/pledges/[id]', paths: ['/api/v1/pledges/{id}'], params: [] },
	{ route: '/api/v1/institutions', paths: ['/api/v1/institutions'], params: [...INSTITUTION, 'kind', 'limit', 'cursor'], paged: true },
	{ route: '/api/v1/institutions/[slug]', paths: ['/api/v1/institutions/{slug}'], params: [] },
	{ route: '/api/v1/institutions/[slug]/pledges', paths: ['/api/v1/institutions/{slug}/pledges'], params: [...PLEDGE, 'limit', 'cursor'], paged: true },
	{ route: '/api/v1/articles', paths: ['/api/v1/articles'], params: [...ARTICLE, 'limit', 'cursor'], paged: true },
	{ route: '/admin', paths: ['/admin'], params: [], admin: true },
	{ route: '/admin/audit', paths: ['/admin/audit'], params: ['before'], admin: true },
	{ route: '/admin/institutions', paths: ['/admin/institutions'], params: ['q'], admin: true },
	{ route: '/admin/pledges/[id]', paths: ['/admin/pledges/{id}'], params: [], admin: true },
	{ route: '/admin/reports', paths: ['/admin/reports'], params: [], admin: true },
	{ route: '/admin/review', paths: ['/admin/review'], params: ['page'], admin: true },
	{ route: '/admin/sources', paths: ['/admin/sources'], params: [], admin: true },
	{ route: '/admin/updates', paths: ['/admin/updates'], params: ['page'], admin: true },
	{ route: '/admin/users', paths: ['/admin/users'], params: [], admin: true }
];

/** Route ids of every page and endpoint under src/routes, so a new route cannot escape the probe. */
export function listRouteIds(): string[] {
	const base = path.resolve(import.meta.dirname, '../../src/routes');
	const ids: string[] = [];
	const walk = (dir: string) => {
		const entries = fs.readdirSync(dir, { withFileTypes: true });
		if (entries.some((e) => e.isFile() && /^\+(page\.svelte|page\.server\.ts|server\.ts)$/.test(e.name))) {
			const rel = path.relative(base, dir).split(path.sep).filter((part) => !/^\(.*\)$/.test(part));
			ids.push('/' + rel.join('/'));
		}
		for (const e of entries) if (e.isDirectory()) walk(path.join(dir, e.name));
	};
	walk(base);
	return ids.sort();
}

export const LONG = 'x'.repeat(10_000);
/** Refused with 400 by the URL check, whatever the parameter: a NUL byte, bytes that are not UTF-8. */
export const MALFORMED = ['anggaran%00', '%FF%FE'];
/** Values that must never be a server error, wherever they land. */
export const ODD = [
	'99999999999999999999', '-1', '1e309', 'NaN', '', 'zzz-unknown', '%E2%80%AE%F0%9F%98%80',
	// Shaped like what the parsers accept, but out of range: an id beyond int4, a day or a year that
	// does not exist (PostgreSQL has no year 0).
	'i999999999999999', '2025-02-30_5', '0000-01'
];
/** What a JSON page's `limit` and `cursor` get: each a 400 that names the parameter. */
const INVALID_PAGING = ['99999999999999999999', '-1', '1e309', 'NaN', 'zzz-unknown', 'i999999999999999', 'none_1', LONG];
/** Params of a route whose bad values are a documented 400 (the JSON pages' limit and cursor). */
const VALIDATED = new Set(['limit', 'cursor']);

export interface Failure {
	url: string;
	problem: string;
}

export interface ProbeCounts {
	routes: number;
	paths: number;
	pairs: number;
	requests: number;
}

export interface ProbeContext {
	request: APIRequestContext;
	/** Headers for the n-th request (each gets its own client address so the API limit stays out of the way). */
	headers(n: number): Record<string, string>;
	ids: RealIds;
}

function fill(template: string, ids: RealIds, override?: string): string {
	const value = (real: string | number) => override ?? String(real);
	return template
		.replace('{id}', value(ids.pledge))
		.replace('{article}', value(ids.article))
		.replace('{slug}', value(ids.slug))
		.replace('{code}', value(ids.province));
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(size, items.length) }, async () => {
			while (next < items.length) await work(items[next++]);
		})
	);
}

interface Probe {
	url: string;
	/** 'malformed': must be 400 with the URL check's message naming `param`; 'limit': 400 naming it; else < 500. */
	expect: { kind: 'malformed'; param: string | null } | { kind: 'validated'; param: string } | { kind: 'no-server-error' };
	/** When a combined request is refused with 4xx, these single-parameter requests run instead. */
	split?: Probe[];
}

function query(pairs: [string, string][]): string {
	// Values are written raw: they are already percent-encoded where they need to be.
	return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&');
}

/** A JSON page (an export's .json or an API list) refuses a `limit` or `cursor` it cannot use with 400. */
function isJsonPage(route: ProbedRoute, path: string): boolean {
	return route.paged === true || (path.endsWith('.json') && route.route.includes('[format'));
}

/**
 * Every probe request for one route, with the real ids filled in. Parameters are read by one
 * parser per route, so the one-parameter-at-a-time probes (malformed, 10,000 characters) go to the
 * route's first path; the odd values and array shapes go to every path (each format has its own
 * writer; siblings get the values that reach the database), all parameters at once, and one by
 * one only when the combined request is refused.
 */
export function buildProbes(route: ProbedRoute, ids: RealIds): Probe[] {
	const probes: Probe[] = [];
	const params = [...route.params, 'lang', 'zzz'];
	route.paths.forEach((template, index) => {
		const base = fill(template, ids);
		const json = isJsonPage(route, template);
		// Route parameters: hostile values in the path itself.
		if (/\{(id|article|slug|code)\}/.test(template)) {
			for (const bad of MALFORMED) probes.push({ url: fill(template, ids, bad), expect: { kind: 'malformed', param: null } });
			for (const odd of [...ODD.filter((v) => v !== ''), LONG.slice(0, 2000)]) probes.push({ url: fill(template, ids, odd), expect: { kind: 'no-server-error' } });
		}
		if (index === 0) {
			for (const param of params) {
				for (const bad of MALFORMED) probes.push({ url: `${base}?${query([[param, bad]])}`, expect: { kind: 'malformed', param } });
				if (!(json && VALIDATED.has(param))) probes.push({ url: `${base}?${query([[param, LONG]])}`, expect: { kind: 'no-server-error' } });
			}
		}
		if (json) {
			for (const param of VALIDATED) {
				for (const bad of INVALID_PAGING) probes.push({ url: `${base}?${query([[param, bad]])}`, expect: { kind: 'validated', param } });
				// Repeated: the first value counts, and a valid one is a page.
				probes.push({ url: `${base}?${query([[param, param === 'limit' ? '2' : ''], [param, '-1']])}`, expect: { kind: 'no-server-error' } });
			}
		}
		// The combined requests leave out what a JSON page validates, so that its 400 masks nothing.
		const combined = params.filter((p) => !(json && VALIDATED.has(p)));
		// A route's format siblings share its query: they get the values that reach the database.
		const values = index === 0 ? ODD : ['99999999999999999999', '0000-01', 'i999999999999999', '2025-02-30_5'];
		const shapes: ((param: string) => [string, string][])[] = [
			...values.map((v) => (p: string): [string, string][] => [[p, v]]),
			(p) => [[p, '1'], [p, '2']],
			(p) => [[p, 'budget'], [p, '99999999999999999999'], [p, '']],
			(p) => [[p, 'budget,zzz,2025,62,-1']],
			(p) => [[`${p}[]`, 'x'], [`${p}[0]`, 'y']]
		];
		for (const shape of shapes) {
			const split = combined.map((p): Probe => ({ url: `${base}?${query(shape(p))}`, expect: { kind: 'no-server-error' } }));
			probes.push({ url: `${base}?${query(combined.flatMap(shape))}`, expect: { kind: 'no-server-error' }, split });
		}
	});
	return probes;
}

/** Runs the probes of these routes; returns the failures and what was sent. */
export async function probeRoutes(ctx: ProbeContext, routes: ProbedRoute[], concurrency = 6): Promise<{ failures: Failure[]; counts: ProbeCounts }> {
	const failures: Failure[] = [];
	let requests = 0;
	const send = async (probe: Probe): Promise<void> => {
		const n = requests++;
		let status: number;
		let body: string;
		try {
			const response = await ctx.request.get(probe.url, { headers: ctx.headers(n), maxRedirects: 0, timeout: 30_000 });
			status = response.status();
			body = await response.text();
		} catch (error) {
			failures.push({ url: probe.url, problem: `no answer: ${(error as Error).message.split('\n')[0]}` });
			return;
		}
		const short = probe.url.length > 160 ? `${probe.url.slice(0, 160)}…` : probe.url;
		if (status >= 500) {
			failures.push({ url: short, problem: `status ${status}: ${body.slice(0, 200)}` });
			return;
		}
		if (probe.expect.kind === 'malformed') {
			const names = probe.expect.param === null ? 'the path' : `the parameter “${probe.expect.param}”`;
			if (status !== 400 || !body.includes('contains a NUL byte or is not valid UTF-8') || !body.includes(names)) {
				failures.push({ url: short, problem: `expected 400 naming ${names}, got ${status}: ${body.slice(0, 200)}` });
			}
		} else if (probe.expect.kind === 'validated') {
			if (status !== 400 || !body.includes(probe.expect.param)) failures.push({ url: short, problem: `expected 400 naming ${probe.expect.param}, got ${status}: ${body.slice(0, 200)}` });
		} else if (status >= 400 && status !== 404 && probe.split) {
			await Promise.all(probe.split.map(send));
		}
	};
	const probes = routes.flatMap((route) => buildProbes(route, ctx.ids));
	await pool(probes, concurrency, send);
	return {
		failures,
		counts: {
			routes: routes.length,
			paths: routes.reduce((n, r) => n + r.paths.length, 0),
			pairs: routes.reduce((n, r) => n + r.params.length + 2 + (/\{/.test(r.paths[0]) ? 1 : 0), 0),
			requests
		}
	};
}
