// Public pages that depend only on the data (overview, lists, profiles, a pledge, an article) are
// rendered once per data version, URL and language and replayed from memory until the data
// changes; their ETag is derived from the same inputs, so a revalidating browser, proxy or CDN
// gets 304 without any rendering. Logged-in editors never read or fill this cache: their pages
// may one day show what the public must not see, and the session hook marks them private.
// The same hook, built with other options, keeps the API's and the data pages' JSON answers
// (apiCache below): under 100 clients /api/v1/pledges re-ran its 7-table page query and encoded
// 120 kB for every request, 25 requests/s on PGlite with timeouts (issue 15).
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { version as buildVersion } from '$app/environment';
import { SESSION_COOKIE } from '$lib/server/auth/cookies';
import type { Db } from '$lib/server/db/connect';
import { getReadDb, moveReadsToPrimary } from '$lib/server/db/public-reads';
import { getDataVersion, PAGE_VERSION_MAX_AGE_MS } from '$lib/server/db/queries/read-cache';
import { JSON_CACHE_CONTROL } from '$lib/server/export/caching';
import { isNotModified, matchesEtag, weakEtag } from '$lib/server/http/conditional';
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
/** Tells operators and tests how an answer was made: hit, miss, stale (the previous version's page while the new one renders), revalidated (304) or bypass. */
export const CACHE_STATUS_HEADER = 'x-page-cache';

/** The API's JSON answers: the same for every client of a URL, whatever its language. */
export const CACHED_API_ROUTES: ReadonlySet<string> = new Set([
	'/api/v1/pledges',
	'/api/v1/pledges/[id]',
	'/api/v1/articles',
	'/api/v1/institutions',
	'/api/v1/institutions/[slug]',
	'/api/v1/institutions/[slug]/pledges'
]);
/** Data pages whose `.json` sibling is a bounded page (at most 1,000 rows); CSV and NDJSON stream and are never held. */
const DATA_PAGE_ROUTES: ReadonlySet<string> = new Set([
	'/pledges.[format=dataformat]',
	'/articles.[format=dataformat]',
	'/legislatures.[format=dataformat]',
	'/agencies.[format=dataformat]',
	'/institutions/[slug].[format=dataformat]'
]);

export interface PageCacheOptions {
	/** The database a request reads from (default: its public-read database, db/public-reads.ts). */
	db?: (event: RequestEvent) => Db;
	maxEntries?: number;
	maxBytes?: number;
	/** Which GET requests this cache answers (default: the pages of CACHED_ROUTES). */
	cacheable?: (event: RequestEvent) => boolean;
	cacheControl?: string;
	/** Whether the interface language is part of the key: pages yes, JSON data no. */
	perLanguage?: boolean;
}

const isCachedPage = (event: RequestEvent) => Boolean(event.route.id && CACHED_ROUTES.has(event.route.id));
const isCachedJson = (event: RequestEvent) =>
	Boolean(event.route.id && (CACHED_API_ROUTES.has(event.route.id) || (DATA_PAGE_ROUTES.has(event.route.id) && event.params.format === 'json')));

function lastModifiedOf(page: StoredPage): Date | null {
	const value = page.headers.find(([name]) => name.toLowerCase() === 'last-modified')?.[1];
	const time = value ? Date.parse(value) : NaN;
	return Number.isNaN(time) ? null : new Date(time);
}

function sharedWithEveryone(event: RequestEvent): boolean {
	// A session cookie that did not validate is being cleared on this response: render it fresh.
	return !event.locals.user && !event.cookies.get(SESSION_COOKIE) && !event.locals.setsCookie;
}

export function createPageCache(options: PageCacheOptions = {}): Handle {
	const db = options.db ?? ((event: RequestEvent) => getReadDb(event.locals));
	// About 200 kB per page: the default keeps well under 64 MB whatever crawlers ask for.
	const store = createPageStore({ maxEntries: options.maxEntries ?? 1000, maxBytes: options.maxBytes ?? 64 * 1024 * 1024 });
	const cacheable = options.cacheable ?? isCachedPage;
	const cacheControl = options.cacheControl ?? PUBLIC_PAGE_CACHE_CONTROL;
	const perLanguage = options.perLanguage ?? true;
	// Renders in progress by ETag: a burst of visitors after a data change waits for one render.
	const rendering = new Map<string, Promise<StoredPage | null>>();

	const readVersion = async (event: RequestEvent) => {
		try {
			return await getDataVersion(db(event), { maxAgeMs: PAGE_VERSION_MAX_AGE_MS, staleWhileReading: true });
		} catch (error) {
			// The read replica went away under this request: nothing was read from it yet, so the
			// whole request can move to the primary (which it then reads the version from, too).
			if (!options.db && moveReadsToPrimary(event.locals)) return getDataVersion(db(event), { maxAgeMs: PAGE_VERSION_MAX_AGE_MS });
			throw error;
		}
	};

	return async ({ event, resolve }) => {
		if (event.request.method !== 'GET' || !cacheable(event)) return resolve(event);
		if (!sharedWithEveryone(event)) {
			const response = await resolve(event);
			response.headers.set(CACHE_STATUS_HEADER, 'bypass');
			return response;
		}
		let version: string;
		try {
			version = await readVersion(event);
		} catch {
			// The database is unreachable: the page's own queries fail the same way, and its error
			// page (503 with Retry-After, hooks/database-outage.ts) says so in the reader's language.
			const response = await resolve(event);
			response.headers.set(CACHE_STATUS_HEADER, 'bypass');
			return response;
		}
		// The raw request URL: event.url drops the /__data.json suffix of client-side navigation.
		const requested = new URL(event.request.url);
		const key = [buildVersion, event.url.origin, requested.pathname + requested.search, perLanguage ? event.locals.lang : ''].join('\u0000');
		const etag = weakEtag([version, key]);
		const headers = { etag, 'cache-control': cacheControl };
		if (matchesEtag(event.request.headers.get('if-none-match'), etag)) {
			return new Response(null, { status: 304, headers: { ...headers, [CACHE_STATUS_HEADER]: 'revalidated' } });
		}
		const stored = store.get(key);
		if (stored?.version === version) {
			// A client that sent only If-Modified-Since (the JSON answers carry Last-Modified).
			if (isNotModified(event.request, etag, lastModifiedOf(stored))) {
				return new Response(null, { status: 304, headers: { ...headers, [CACHE_STATUS_HEADER]: 'revalidated' } });
			}
			return replayPage(stored, { ...headers, [CACHE_STATUS_HEADER]: 'hit' });
		}
		const pending = rendering.get(etag);
		// New data, and this page's render for it already under way: the visitors who arrive
		// meanwhile get the page as it was (as the stale-while-revalidate above lets any shared cache
		// do), rather than all waiting on that render. While data streams in (a worker ingesting every
		// second) each page is rendered once per version by one visitor, and under 200 readers the
		// waits otherwise reached tens of seconds and the pools' time-outs (docs/scaling.md).
		if (pending && stored) {
			return replayPage(stored, { etag: weakEtag([stored.version, key]), 'cache-control': cacheControl, [CACHE_STATUS_HEADER]: 'stale' });
		}
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
// JSON is smaller than a page: more answers fit (API clients page through many cursors).
export const apiCache = createPageCache({ cacheable: isCachedJson, cacheControl: JSON_CACHE_CONTROL, perLanguage: false, maxEntries: 2000, maxBytes: 64 * 1024 * 1024 });
