// Rendered pages kept in memory so the same page is not rendered again for every visitor (issue 15,
// item 6). A page's CSP nonce is per response: a stored page is kept split around its nonce and
// every replay gets a fresh one, in the body and the Content-Security-Policy header alike, so a
// cached page is no weaker against injected scripts than a rendered one.
import { randomBytes } from 'node:crypto';
import { LruCache } from './lru';

export interface StoredPage {
	/** The data version the page was rendered from. */
	version: string;
	headers: [string, string][];
	/** The nonce in `headers` and between `parts`, or null when the page has none. */
	nonce: string | null;
	/** The body split at every occurrence of the nonce. */
	parts: Uint8Array[];
	size: number;
}

// Set per response by the hooks around this one, or describing the stored copy (length, the
// renderer's own body-hash ETag) rather than the replay; cookies are never shared between visitors.
const NOT_STORED = new Set(['set-cookie', 'etag', 'cache-control', 'content-length', 'date', 'vary', 'x-request-id']);
// The largest page worth keeping; bigger ones are rendered each time.
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

export function createPageStore(options: { maxEntries: number; maxBytes: number }): LruCache<string, StoredPage> {
	return new LruCache<string, StoredPage>({ maxEntries: options.maxEntries, maxSize: options.maxBytes, sizeOf: (page) => page.size });
}

function nonceOf(headers: Headers): string | null {
	const csp = headers.get('content-security-policy') ?? headers.get('content-security-policy-report-only');
	return csp?.match(/'nonce-([^']+)'/)?.[1] ?? null;
}

function split(body: Uint8Array, separator: string | null): Uint8Array[] {
	if (!separator) return [body];
	const haystack = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	const needle = Buffer.from(separator);
	const parts: Uint8Array[] = [];
	let from = 0;
	for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, from)) {
		parts.push(body.subarray(from, at));
		from = at + needle.length;
	}
	parts.push(body.subarray(from));
	return parts;
}

function join(parts: readonly Uint8Array[], glue: Uint8Array): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0) + glue.length * Math.max(0, parts.length - 1));
	let at = 0;
	for (const [i, part] of parts.entries()) {
		if (i > 0) {
			out.set(glue, at);
			at += glue.length;
		}
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/**
 * Reads a freshly rendered 200 answer into a storable page, or null when it must not be shared
 * (another status, a cookie set, too large). `body` is what the current request gets back.
 */
export async function capturePage(response: Response, version: string): Promise<{ page: StoredPage | null; body: Uint8Array<ArrayBuffer> }> {
	const body = new Uint8Array(await response.arrayBuffer());
	if (response.status !== 200 || response.headers.has('set-cookie') || body.length > MAX_PAGE_BYTES) return { page: null, body };
	const nonce = nonceOf(response.headers);
	const headers = [...response.headers].filter(([name]) => !NOT_STORED.has(name.toLowerCase()));
	return { page: { version, headers, nonce, parts: split(body, nonce), size: body.length }, body };
}

/** The stored page as a new response with its own nonce. */
export function replayPage(page: StoredPage, extraHeaders: Record<string, string>): Response {
	const headers = new Headers();
	const old = page.nonce;
	const fresh = old ? randomBytes(16).toString('base64') : '';
	for (const [name, value] of page.headers) headers.append(name, old ? value.split(old).join(fresh) : value);
	const body = join(page.parts, new TextEncoder().encode(fresh));
	for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
	return new Response(body, { status: 200, headers });
}
