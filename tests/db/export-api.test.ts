// The public API on both engines: the OpenAPI document parses and every documented path answers
// as it says (status, shape, types), errors share one shape, conditional GET answers 304, and the
// front-door hook adds CORS, answers preflights and rate-limits with 429 + Retry-After, then recovers.
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { apiArticles, apiInstitution, apiInstitutionPledges, apiInstitutions, apiPledge, apiPledges, type ApiRequest } from '../../src/lib/server/export/api';
import { openApiDocument } from '../../src/lib/server/export/openapi';
import { TokenBuckets } from '../../src/lib/server/export/rate-limit';
import { createApiAccess } from '../../src/lib/server/hooks/api-access';
import { engines } from './engines';
import { insertExportFixture, type ExportFixture } from './export-fixture';

const ORIGIN = 'https://pledgewatch.test';
type Json = Record<string, unknown>;
type Schema = { type?: string | string[]; enum?: unknown[]; format?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema; $ref?: string };

function r(path: string, headers: Record<string, string> = {}): ApiRequest {
	const url = new URL(path, ORIGIN);
	return { request: new Request(url, { headers }), url, now: new Date('2026-11-28T00:00:00Z') };
}

/** A small JSON Schema check covering what the document uses: type (with null), enum, required, properties, items, $ref. */
function check(value: unknown, schema: Schema, doc: Json, path = '$'): string[] {
	if (schema.$ref) {
		const name = schema.$ref.split('/').pop()!;
		return check(value, ((doc.components as Json).schemas as Record<string, Schema>)[name], doc, path);
	}
	const problems: string[] = [];
	const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
	const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
	if (types.length && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) problems.push(`${path}: ${actual} is not ${types.join('|')}`);
	if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${String(value)} not in enum`);
	if (schema.format === 'date' && typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push(`${path}: not a date`);
	if (actual === 'object' && schema.properties) {
		const obj = value as Json;
		for (const key of schema.required ?? []) if (!(key in obj)) problems.push(`${path}.${key}: missing`);
		for (const [key, v] of Object.entries(obj)) {
			if (!schema.properties[key]) problems.push(`${path}.${key}: not documented`);
			else problems.push(...check(v, schema.properties[key], doc, `${path}.${key}`));
		}
	}
	if (actual === 'array' && schema.items) (value as unknown[]).forEach((v, i) => problems.push(...check(v, schema.items!, doc, `${path}[${i}]`)));
	return problems;
}

describe.each(engines)('API on $name', (engine) => {
	let db: Db;
	let fx: ExportFixture;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		fx = await insertExportFixture(db);
	});
	afterAll(() => drop());

	const doc = JSON.parse(JSON.stringify(openApiDocument(ORIGIN))) as Json;
	const paths = doc.paths as Record<string, { get: { responses: Record<string, { content?: { 'application/json': { schema: Schema } } }> } }>;

	/** Each documented path, with the fixture values that make it answer 200, and a request that must 404. */
	const routes = (): Record<string, { call: (path: string) => Promise<Response>; ok: string; missing?: string }> => ({
		'/api/v1/pledges': { call: (p) => apiPledges(db, r(p)), ok: '/api/v1/pledges?category=budget&limit=2' },
		'/api/v1/pledges/{id}': { call: (p) => apiPledge(db, p.split('/').pop()!, r(p)), ok: `/api/v1/pledges/${fx.statements.hostile}`, missing: `/api/v1/pledges/${fx.statements.rejected}` },
		'/api/v1/institutions': { call: (p) => apiInstitutions(db, r(p)), ok: '/api/v1/institutions?kind=legislature&province=62' },
		'/api/v1/institutions/{slug}': { call: (p) => apiInstitution(db, p.split('/').pop()!, r(p)), ok: '/api/v1/institutions/dewan-perwakilan-contoh', missing: '/api/v1/institutions/tidak-ada' },
		'/api/v1/institutions/{slug}/pledges': {
			call: (p) => apiInstitutionPledges(db, new URL(p, ORIGIN).pathname.split('/')[4], r(p)),
			ok: '/api/v1/institutions/dewan-perwakilan-contoh/pledges?kind=pledge',
			missing: '/api/v1/institutions/tidak-ada/pledges'
		},
		'/api/v1/articles': { call: (p) => apiArticles(db, r(p)), ok: '/api/v1/articles?language=id' }
	});

	it('documents exactly the routes that exist, as OpenAPI 3.1', () => {
		expect(doc.openapi).toBe('3.1.0');
		expect(Object.keys(paths).sort()).toEqual(Object.keys(routes()).sort());
	});

	it.each(Object.keys(paths))('%s answers 200 with the documented schema, 404 and 400 in the error shape', async (template) => {
		const route = routes()[template];
		const res = await route.call(route.ok);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('application/json');
		expect(res.headers.get('etag')).toBeTruthy();
		const body = (await res.json()) as Json;
		const schema = paths[template].get.responses['200'].content!['application/json'].schema;
		expect(check(body, schema, doc)).toEqual([]);
		if ('rows' in body) expect((body.rows as unknown[]).length).toBeGreaterThan(0);

		if (route.missing) {
			const missing = await route.call(route.missing);
			expect(missing.status).toBe(404);
			expect(check(await missing.json(), { $ref: '#/components/schemas/Error' }, doc)).toEqual([]);
		}
		const tooMany = new URL(route.ok, ORIGIN);
		tooMany.searchParams.set('limit', '100000');
		const bad = await route.call(template.endsWith('{id}') ? '/api/v1/pledges/abc' : tooMany.pathname + tooMany.search);
		if (template === '/api/v1/institutions/{slug}') return; // takes no limit
		expect(bad.status).toBe(400);
		const err = (await bad.json()) as { error: { code: string; message: string } };
		expect(err.error.code).toBe('bad_request');
	});

	it('never serves a rejected statement or one on a copy by id', async () => {
		for (const id of [fx.statements.rejected, fx.statements.onCopy]) expect((await apiPledge(db, String(id), r(`/api/v1/pledges/${id}`))).status).toBe(404);
	});

	it('answers 304 to If-None-Match with the current ETag', async () => {
		const first = await apiPledges(db, r('/api/v1/pledges'));
		const again = await apiPledges(db, r('/api/v1/pledges', { 'if-none-match': first.headers.get('etag')! }));
		expect(again.status).toBe(304);
	});

	it('redirects a merged slug to the current one', async () => {
		const res = await apiInstitution(db, fx.mergedSlug, r(`/api/v1/institutions/${fx.mergedSlug}`));
		expect(res.status).toBe(301);
		expect(res.headers.get('location')).toBe('/api/v1/institutions/dewan-perwakilan-contoh');
	});
});

describe('API front door', () => {
	function event(path: string, method = 'GET', address = '203.0.113.7'): RequestEvent {
		const url = new URL(path, ORIGIN);
		return { url, request: new Request(url, { method }), getClientAddress: () => address } as unknown as RequestEvent;
	}
	const resolveOk = async () => new Response('{"dataset":"x"}', { status: 200, headers: { 'content-type': 'application/json' } });

	it('rate-limits per client address with 429 and Retry-After, then recovers', async () => {
		let now = 1_000_000;
		const handle = createApiAccess(new TokenBuckets({ capacity: 3, refillPerSecond: 0.5 }), () => now);
		for (let i = 0; i < 3; i++) expect((await handle({ event: event('/api/v1/pledges'), resolve: resolveOk })).status).toBe(200);
		const limited = await handle({ event: event('/api/v1/pledges'), resolve: resolveOk });
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('2');
		expect(limited.headers.get('access-control-allow-origin')).toBe('*');
		expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
		// Another client is not affected.
		expect((await handle({ event: event('/api/v1/pledges', 'GET', '198.51.100.2'), resolve: resolveOk })).status).toBe(200);
		now += 2000;
		expect((await handle({ event: event('/api/v1/pledges'), resolve: resolveOk })).status).toBe(200);
		expect((await handle({ event: event('/api/v1/pledges'), resolve: resolveOk })).status).toBe(429);
	});

	it('adds CORS for GET, answers preflight, refuses writes, and leaves other paths alone', async () => {
		const handle = createApiAccess(new TokenBuckets({ capacity: 100, refillPerSecond: 1 }));
		const ok = await handle({ event: event('/api/v1/articles'), resolve: resolveOk });
		expect(ok.headers.get('access-control-allow-origin')).toBe('*');
		expect(ok.headers.get('access-control-expose-headers')).toContain('ETag');
		const pre = await handle({ event: event('/api/v1/articles', 'OPTIONS'), resolve: resolveOk });
		expect(pre.status).toBe(204);
		expect(pre.headers.get('access-control-allow-methods')).toContain('GET');
		const post = await handle({ event: event('/api/v1/articles', 'POST'), resolve: resolveOk });
		expect(post.status).toBe(405);
		const page = await handle({ event: event('/pledges'), resolve: resolveOk });
		expect(page.headers.get('access-control-allow-origin')).toBeNull();
	});

	it("turns SvelteKit's own error pages into the error shape", async () => {
		const handle = createApiAccess(new TokenBuckets({ capacity: 100, refillPerSecond: 1 }));
		const res = await handle({ event: event('/api/v1/nothing'), resolve: async () => new Response('<html>Not found</html>', { status: 404 }) });
		expect(res.status).toBe(404);
		expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such API path; see /api/openapi.json.' } });
	});

	it('forgets the least recently seen clients beyond its cap', () => {
		const buckets = new TokenBuckets({ capacity: 1, refillPerSecond: 1, maxClients: 2 });
		buckets.take('a', 0);
		buckets.take('b', 0);
		buckets.take('c', 0);
		expect(buckets.size).toBe(2);
		expect(buckets.take('a', 0).allowed).toBe(true); // forgotten, so full again
	});
});
