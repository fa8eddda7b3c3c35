// Public pages that depend only on the data (overview, lists, profiles, a pledge, an article) are
// rendered once per data version, URL and language and replayed from memory until the data
// changes; their ETag is derived from the same inputs, so a revalidating browser, proxy or CDN
// gets 304 without any rendering. Logged-in editors never read or fill this cache: their pages
// may one day show what the public must not see, and the session hook marks them private.
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { version as buildVersion } from '$app/environment';
import { SESSION_COOKIE } from '$lib/server/auth/cookies';
import type { Db } from '$lib/server/db/connect';
import { getDb } from '$lib/server/db/instance';
import { getDataVersion, PAGE_VERSION_MAX_AGE_MS } from '$lib/server/db/queries/read-cache';
import { matchesEtag, weakEtag } from '$lib/server/http/conditional';
import { capturePage, createPageStore, replayPage, type StoredPage } from '$lib/server/http/page-store';

/** Route ids whose pages are the same for every anonymous visitor of a URL in one language. */
export const CACHED_ROUTES: ReadonlySet<string> = new Set([
	'/',
	'/legislatures',
	'/agencies',
	'/pledges',
	'/institutions/[slug]',
	'/pledges/[id]',
	'/articles/[id]'
]);

// Browsers and shared caches may reuse a page for a minute without asking, and show it while they
// revalidate for five more; a revalidation costs us one version read, not a render.
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
/** Tells operators and tests how an answer was made: hit, miss, revalidated (304) or bypass. */
export const CACHE_STATUS_HEADER = 'x-page-cache';

export interface PageCacheOptions {
	db?: () => Db;
	maxEntries?: number;
	maxBytes?: number;
}

function sharedWithEveryone(event: RequestEvent): boolean {
	// A session cookie that did not validate is being cleared on this response: render it fresh.
	return !event.locals.user && !event.cookies.get(SESSION_COOKIE) && !event.locals.setsCookie;
}

export function createPageCache(options: PageCacheOptions = {}): Handle {
	const db = options.db ?? getDb;
	// About 200 kB per page: the default keeps well under 64 MB whatever crawlers ask for.
	const store = createPageStore({ maxEntries: options.maxEntries ?? 1000, maxBytes: options.maxBytes ?? 64 * 1024 * 1024 });
	// Renders in progress by ETag: a burst of visitors after a data change waits for one render.
	const rendering = new Map<string, Promise<StoredPage | null>>();

	return async ({ event, resolve }) => {
		if (event.request.method !== 'GET' || !event.route.id || !CACHED_ROUTES.has(event.route.id)) return resolve(event);
		if (!sharedWithEveryone(event)) {
			const response = await resolve(event);
			response.headers.set(CACHE_STATUS_HEADER, 'bypass');
			return response;
		}
		const version = await getDataVersion(db(), { maxAgeMs: PAGE_VERSION_MAX_AGE_MS });
		// The raw request URL: event.url drops the /__data.json suffix of client-side navigation.
		const requested = new URL(event.request.url);
		const key = [buildVersion, event.url.origin, requested.pathname + requested.search, event.locals.lang].join('\u0000');
		const etag = weakEtag([version, key]);
		const headers = { etag, 'cache-control': PUBLIC_PAGE_CACHE_CONTROL };
		if (matchesEtag(event.request.headers.get('if-none-match'), etag)) {
			return new Response(null, { status: 304, headers: { ...headers, [CACHE_STATUS_HEADER]: 'revalidated' } });
		}
		const stored = store.get(key);
		if (stored?.version === version) return replayPage(stored, { ...headers, [CACHE_STATUS_HEADER]: 'hit' });
		const pending = rendering.get(etag);
		if (pending) {
			const page = await pending;
			if (page) return replayPage(page, { ...headers, [CACHE_STATUS_HEADER]: 'hit' });
			return resolve(event);
		}
		let settle: (page: StoredPage | null) => void = () => {};
		rendering.set(etag, new Promise((r) => (settle = r)));
		try {
			const response = await resolve(event);
			const { page, body } = await capturePage(response, version);
			settle(page);
			if (!page) return new Response(body.length > 0 ? body : null, { status: response.status, statusText: response.statusText, headers: response.headers });
			store.set(key, page);
			const fresh = new Response(body, { status: 200, headers: response.headers });
			for (const [name, value] of Object.entries({ ...headers, [CACHE_STATUS_HEADER]: 'miss' })) fresh.headers.set(name, value);
			return fresh;
		} catch (error) {
			settle(null);
			throw error;
		} finally {
			rendering.delete(etag);
		}
	};
}

export const pageCache = createPageCache();
