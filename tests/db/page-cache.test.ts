// The page cache hook on a real database: a page is rendered once per data version, answered with
// 304 when the client holds it, rendered again after an ingest (visitors arriving during that render
// get the page as it was), and never shared with an editor.
// The renderer is a stand-in that reads the database, as a page's load function would.
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import { CACHE_STATUS_HEADER, createPageCache, PUBLIC_PAGE_CACHE_CONTROL } from '../../src/lib/server/hooks/page-cache';
import { defaultExtractor } from '../../src/lib/server/ingest/default-extractor';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import { loadGazetteer } from '../../src/lib/server/resolve/gazetteer';
import { engines } from './engines';

const ARTICLE =
	'PALANGKA RAYA, Kabar Contoh – Ketua DPRD Provinsi Kalteng, Rudi Lestiono, menyatakan siap mendukung program pembinaan warga binaan melalui fungsi pengawasan dan anggaran, Senin (3/2/2025).\n' +
	'Pertemuan berlangsung di ruang rapat utama dan dihadiri sejumlah kepala bidang serta perwakilan organisasi masyarakat sipil dari berbagai kecamatan.';

interface Visitor {
	user?: boolean;
	lang?: 'id' | 'en';
	ifNoneMatch?: string;
}

function requestEvent(path: string, visitor: Visitor = {}): RequestEvent {
	const url = new URL(path, 'http://pledgewatch.test');
	const request = new Request(url, { headers: visitor.ifNoneMatch ? { 'if-none-match': visitor.ifNoneMatch } : {} });
	const cookies: Record<string, string> = visitor.user ? { pw_session: 'token' } : {};
	const event = {
		request,
		url,
		route: { id: url.pathname === '/' ? '/' : '/pledges' },
		isDataRequest: false,
		locals: { requestId: 'test', lang: visitor.lang ?? 'id', user: visitor.user ? { id: 1, email: 'editor@example.test', role: 'editor' } : null, session: null },
		cookies: { get: (name: string) => cookies[name] }
	};
	// Only the fields the hook reads; the rest of RequestEvent is SvelteKit's business.
	return event as unknown as RequestEvent;
}

describe.each(engines)('page cache on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	let renders = 0;
	let handleRequest: ReturnType<typeof createPageCache>;
	const render = async (event: RequestEvent) => {
		renders++;
		const { n } = await handle.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		const user = event.locals.user ? `<p>editor ${event.locals.user.email}</p>` : '';
		const nonce = `nonce${renders}`;
		return new Response(`<html lang="${event.locals.lang}"><script nonce="${nonce}"></script><p>articles: ${Number(n)}</p>${user}</html>`, {
			headers: { 'content-type': 'text/html', 'content-security-policy': `script-src 'nonce-${nonce}'` }
		});
	};
	const get = async (path: string, visitor: Visitor = {}) => {
		const response = await handleRequest({ event: requestEvent(path, visitor), resolve: render });
		return { response, text: response.status === 200 ? await response.text() : '' };
	};

	beforeAll(async () => {
		({ handle, drop } = await engine.open());
		handleRequest = createPageCache({ db: () => handle.db });
	});
	afterAll(() => drop());

	it('renders a page once, replays it, and answers a revalidation with 304', async () => {
		const first = await get('/');
		expect(first.response.headers.get(CACHE_STATUS_HEADER)).toBe('miss');
		expect(first.response.headers.get('cache-control')).toBe(PUBLIC_PAGE_CACHE_CONTROL);
		const etag = first.response.headers.get('etag')!;
		expect(etag).toMatch(/^W\/"/);
		const rendered = renders;
		const second = await get('/');
		expect(second.response.headers.get(CACHE_STATUS_HEADER)).toBe('hit');
		expect(second.response.headers.get('etag')).toBe(etag);
		expect(second.text.replace(/nonce="[^"]+"/, '')).toBe(first.text.replace(/nonce="[^"]+"/, ''));
		const revalidated = await get('/', { ifNoneMatch: etag });
		expect(revalidated.response.status).toBe(304);
		expect(revalidated.response.headers.get('etag')).toBe(etag);
		expect(renders).toBe(rendered);
		// Another language is another page with another tag.
		const english = await get('/', { lang: 'en' });
		expect(english.response.headers.get(CACHE_STATUS_HEADER)).toBe('miss');
		expect(english.response.headers.get('etag')).not.toBe(etag);
	});

	it('after an ingest the page shows the new article under a new ETag', async () => {
		const before = await get('/');
		expect(before.text).toContain('articles: 0');
		const gazetteer = await loadGazetteer();
		const summary = await ingest(handle.db, [{ item: { origin: 'test:1', text: ARTICLE, published: '2025-02-03', outlet: 'Kabar Contoh' } }], {
			trigger: 'cli',
			sources: ['test'],
			extractor: defaultExtractor(gazetteer),
			gazetteer
		});
		expect(summary.new).toBe(1);
		// The version is read at most once a second (read-cache.ts).
		await new Promise((r) => setTimeout(r, 1100));
		const after = await get('/', { ifNoneMatch: before.response.headers.get('etag')! });
		expect(after.response.status).toBe(200);
		expect(after.response.headers.get(CACHE_STATUS_HEADER)).toBe('miss');
		expect(after.response.headers.get('etag')).not.toBe(before.response.headers.get('etag'));
		expect(after.text).toContain('articles: 1');
	});

	it('a logged-in editor neither gets nor fills the public cache', async () => {
		const warm = await get('/pledges?category=budget');
		expect(warm.response.headers.get(CACHE_STATUS_HEADER)).toBe('miss');
		const editor = await get('/pledges?category=budget', { user: true, ifNoneMatch: warm.response.headers.get('etag')! });
		expect(editor.response.status).toBe(200);
		expect(editor.response.headers.get(CACHE_STATUS_HEADER)).toBe('bypass');
		expect(editor.response.headers.get('etag')).toBeNull();
		expect(editor.text).toContain('editor editor@example.test');
		// An editor first on a page leaves nothing behind for the public.
		const editorFirst = await get('/pledges?category=program', { user: true });
		expect(editorFirst.text).toContain('editor editor@example.test');
		const publicAfter = await get('/pledges?category=program');
		expect(publicAfter.response.headers.get(CACHE_STATUS_HEADER)).toBe('miss');
		expect(publicAfter.text).not.toContain('editor');
	});

	it('a burst of visitors after a change waits for one render', async () => {
		const rendered = renders;
		const answers = await Promise.all(Array.from({ length: 20 }, () => get('/pledges?q=burst')));
		expect(renders).toBe(rendered + 1);
		expect(answers.map((a) => a.response.headers.get(CACHE_STATUS_HEADER)).sort()).toEqual([...Array<string>(19).fill('hit'), 'miss']);
	});

	it('while a changed page renders, the visitors meanwhile get the page as it was, under its old ETag', async () => {
		const before = await get('/');
		expect(before.text).toContain('articles: 1');
		const gazetteer = await loadGazetteer();
		const text = ARTICLE.replace('pembinaan warga binaan', 'perbaikan jalan desa');
		await ingest(handle.db, [{ item: { origin: 'test:2', text, published: '2025-02-04', outlet: 'Kabar Contoh' } }], { trigger: 'cli', sources: ['test'], extractor: defaultExtractor(gazetteer), gazetteer });
		await new Promise((r) => setTimeout(r, 1100));
		const rendered = renders;
		const answers = await Promise.all(Array.from({ length: 20 }, () => get('/')));
		expect(renders).toBe(rendered + 1);
		const fresh = answers.filter((a) => a.response.headers.get(CACHE_STATUS_HEADER) === 'miss');
		// The others read the version the new one replaces (its read was in flight), or found the
		// new version's render under way: either way the page as it was.
		const stale = answers.filter((a) => ['hit', 'stale'].includes(a.response.headers.get(CACHE_STATUS_HEADER)!));
		expect([fresh.length, stale.length]).toEqual([1, 19]);
		expect(fresh[0].text).toContain('articles: 2');
		for (const a of stale) {
			expect(a.text).toContain('articles: 1');
			expect(a.response.headers.get('etag')).toBe(before.response.headers.get('etag'));
		}
		// Once rendered, everyone gets the new page.
		const after = await get('/');
		expect(after.response.headers.get(CACHE_STATUS_HEADER)).toBe('hit');
		expect(after.text).toContain('articles: 2');
	});

	it('a visitor who arrives while the new version is rendering gets the page as it was, marked stale', async () => {
		let release: () => void = () => {};
		let hold = false;
		const slowRender = async (event: RequestEvent) => {
			if (hold) await new Promise<void>((r) => (release = r));
			return render(event);
		};
		const visit = (path: string) => handleRequest({ event: requestEvent(path), resolve: slowRender });
		const before = await visit('/?v=3');
		expect(await before.text()).toContain('articles: 2');
		const gazetteer = await loadGazetteer();
		const text = ARTICLE.replace('pembinaan warga binaan', 'sekolah rakyat terpadu');
		await ingest(handle.db, [{ item: { origin: 'test:3', text, published: '2025-02-05', outlet: 'Kabar Contoh' } }], { trigger: 'cli', sources: ['test'], extractor: defaultExtractor(gazetteer), gazetteer });
		await new Promise((r) => setTimeout(r, 1100));
		hold = true;
		const first = visit('/?v=3');
		// The first visitor has read the new version and is rendering (held).
		await new Promise((r) => setTimeout(r, 300));
		const during = await visit('/?v=3');
		expect(during.headers.get(CACHE_STATUS_HEADER)).toBe('stale');
		expect(during.headers.get('etag')).toBe(before.headers.get('etag'));
		expect(await during.text()).toContain('articles: 2');
		release();
		const fresh = await first;
		expect(fresh.headers.get(CACHE_STATUS_HEADER)).toBe('miss');
		expect(await fresh.text()).toContain('articles: 3');
	});
});
