// The API cache (hooks/page-cache.ts, built for JSON) on a real database with the real API
// handler: a list is computed once per data version and URL whatever the client's language,
// revalidated with 304 by ETag or Last-Modified, recomputed after an ingest, and errors are
// never kept. A burst of clients waits for one computation.
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import { JSON_CACHE_CONTROL } from '../../src/lib/server/export/caching';
import { apiPledges } from '../../src/lib/server/export/api';
import { CACHE_STATUS_HEADER, CACHED_API_ROUTES, createPageCache } from '../../src/lib/server/hooks/page-cache';
import { defaultExtractor } from '../../src/lib/server/ingest/default-extractor';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import { loadGazetteer } from '../../src/lib/server/resolve/gazetteer';
import { engines } from './engines';

const ARTICLE =
	'PALANGKA RAYA, Kabar Contoh – Ketua DPRD Provinsi Kalteng, Rudi Lestiono, menyatakan siap mendukung program pembinaan warga binaan melalui fungsi pengawasan dan anggaran, Senin (3/2/2025).\n' +
	'Pertemuan berlangsung di ruang rapat utama dan dihadiri sejumlah kepala bidang serta perwakilan organisasi masyarakat sipil dari berbagai kecamatan.';

function requestEvent(path: string, headers: Record<string, string> = {}, lang: 'id' | 'en' = 'id'): RequestEvent {
	const url = new URL(path, 'http://pledgewatch.test');
	const event = {
		request: new Request(url, { headers }),
		url,
		params: {},
		route: { id: '/api/v1/pledges' },
		isDataRequest: false,
		locals: { requestId: 'test', lang, user: null, session: null },
		cookies: { get: () => undefined }
	};
	return event as unknown as RequestEvent;
}

describe.each(engines)('API cache on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	let computed = 0;
	let cache: ReturnType<typeof createPageCache>;
	const resolve = (event: RequestEvent) => {
		computed++;
		return apiPledges(handle.db, { request: event.request, url: event.url, now: new Date('2026-01-01T00:00:00Z') });
	};
	const get = (path: string, headers: Record<string, string> = {}, lang: 'id' | 'en' = 'id') => cache({ event: requestEvent(path, headers, lang), resolve });

	beforeAll(async () => {
		({ handle, drop } = await engine.open());
		cache = createPageCache({ db: () => handle.db, cacheable: (e) => CACHED_API_ROUTES.has(e.route.id ?? ''), cacheControl: JSON_CACHE_CONTROL, perLanguage: false });
	});
	afterAll(() => drop());

	it('computes a list once, replays it for every language and answers revalidations with 304', async () => {
		const first = await get('/api/v1/pledges');
		expect(first.status).toBe(200);
		expect(first.headers.get(CACHE_STATUS_HEADER)).toBe('miss');
		expect(first.headers.get('cache-control')).toBe(JSON_CACHE_CONTROL);
		const body = await first.text();
		expect(JSON.parse(body)).toMatchObject({ dataset: 'pledges', total: 0, rows: [] });
		const etag = first.headers.get('etag')!;
		const n = computed;
		const english = await get('/api/v1/pledges', {}, 'en');
		expect(english.headers.get(CACHE_STATUS_HEADER)).toBe('hit');
		expect(english.headers.get('etag')).toBe(etag);
		expect(english.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await english.text()).toBe(body);
		expect((await get('/api/v1/pledges', { 'if-none-match': etag })).status).toBe(304);
		const lastModified = first.headers.get('last-modified');
		if (lastModified) expect((await get('/api/v1/pledges', { 'if-modified-since': lastModified })).status).toBe(304);
		expect(computed).toBe(n);
		// Another page of the walk is another answer.
		expect((await get('/api/v1/pledges?limit=5')).headers.get(CACHE_STATUS_HEADER)).toBe('miss');
	});

	it('keeps no error and recomputes after an ingest', async () => {
		const bad = await get('/api/v1/pledges?limit=0');
		expect(bad.status).toBe(400);
		expect((await get('/api/v1/pledges?limit=0')).headers.get(CACHE_STATUS_HEADER)).not.toBe('hit');
		const before = await get('/api/v1/pledges?category=program');
		const gazetteer = await loadGazetteer();
		await ingest(handle.db, [{ item: { origin: 'test:1', text: ARTICLE, published: '2025-02-03', outlet: 'Kabar Contoh' } }], {
			trigger: 'cli',
			sources: ['test'],
			extractor: defaultExtractor(gazetteer),
			gazetteer
		});
		// The version is read at most once a second (read-cache.ts).
		await new Promise((r) => setTimeout(r, 1100));
		const after = await get('/api/v1/pledges', { 'if-none-match': before.headers.get('etag')! });
		expect(after.status).toBe(200);
		expect(after.headers.get(CACHE_STATUS_HEADER)).toBe('miss');
		expect(((await after.json()) as { total: number }).total).toBeGreaterThan(0);
	});

	it('a burst of clients waits for one computation', async () => {
		const n = computed;
		const answers = await Promise.all(Array.from({ length: 30 }, () => get('/api/v1/pledges?limit=7')));
		expect(computed).toBe(n + 1);
		expect(answers.map((a) => a.headers.get(CACHE_STATUS_HEADER)).sort()).toEqual([...Array<string>(29).fill('hit'), 'miss']);
	});
});
