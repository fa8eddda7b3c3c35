// Fetches a web page the careful way: a deadline, a size cap, a bounded number of redirects
// (followed by hand, so a loop is reported as one), and the text decoded in its real charset.
// Sends a User-Agent naming the project, and validators for a conditional GET when given.
import { decodeCharset } from './decode';

export interface FetchLimits {
	timeoutMs: number;
	maxBytes: number;
	maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5_000_000, maxRedirects: 5 };

export interface FetchedPage {
	url: string;
	contentType: string;
	text: string;
	/** Validators for the next conditional request (sources remember them for their feed). */
	etag: string | null;
	lastModified: string | null;
}

/** What a conditional request sends: the validators the server gave last time. */
export interface Conditional {
	etag?: string | null;
	lastModified?: string | null;
}

/** The server said 304: nothing changed since the validators sent. */
export class NotModified extends Error {}

export class FetchFailed extends Error {
	/** From a 429 or 503 answer's Retry-After: how long the server asked us to stay away. */
	retryAfterSeconds: number | null = null;
	/** The HTTP status, when the server answered. */
	status: number | null = null;
}

/**
 * Names the project to the sites it reads, so their operators can tell who is asking and why.
 * PLEDGEWATCH_FETCH_CONTACT (an address or URL) is added when set.
 */
export function userAgent(): string {
	const contact = process.env.PLEDGEWATCH_FETCH_CONTACT?.trim();
	return `Pledgewatch/0.1 (news monitoring for a public pledge record; obeys robots.txt${contact ? `; ${contact}` : ''})`;
}

function retryAfterSeconds(value: string | null): number | null {
	if (!value) return null;
	if (/^\d+$/.test(value.trim())) return Number(value.trim());
	const at = Date.parse(value);
	return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function charsetOf(contentType: string, bytes: Uint8Array): string | null {
	const header = /charset=([^;\s]+)/i.exec(contentType)?.[1];
	if (header) return header;
	// No header charset: look at the first bytes for <meta charset> or an XML declaration.
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head)?.[1] ?? null;
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
	const declared = Number(response.headers.get('content-length') ?? 0);
	if (declared > maxBytes) throw new FetchFailed(`page is ${declared.toLocaleString('en')} bytes; the limit is ${maxBytes.toLocaleString('en')}`);
	const chunks: Uint8Array[] = [];
	let total = 0;
	const reader = response.body?.getReader();
	if (!reader) return new Uint8Array();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > maxBytes) {
			await reader.cancel().catch(() => undefined);
			throw new FetchFailed(`page is larger than ${maxBytes.toLocaleString('en')} bytes (${url})`);
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks);
}

export async function fetchPage(url: string, limits: FetchLimits = DEFAULT_LIMITS, conditional: Conditional = {}): Promise<FetchedPage> {
	const signal = AbortSignal.timeout(limits.timeoutMs);
	const seen = new Set<string>();
	let current = url;
	try {
		for (let hop = 0; ; hop++) {
			const parsed = new URL(current);
			if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FetchFailed(`only http and https URLs can be fetched, not ${parsed.protocol}`);
			if (seen.has(current)) throw new FetchFailed(`redirect loop (back to ${current})`);
			seen.add(current);
			const response = await fetch(current, {
				redirect: 'manual',
				signal,
				headers: {
					'user-agent': userAgent(),
					accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
					...(conditional.etag ? { 'if-none-match': conditional.etag } : {}),
					...(conditional.lastModified ? { 'if-modified-since': conditional.lastModified } : {})
				}
			});
			if (response.status === 304) {
				await response.body?.cancel().catch(() => undefined);
				throw new NotModified(`not modified since the last fetch (${current})`);
			}
			if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
				await response.body?.cancel().catch(() => undefined);
				if (hop >= limits.maxRedirects) throw new FetchFailed(`more than ${limits.maxRedirects} redirects`);
				current = new URL(response.headers.get('location')!, current).toString();
				continue;
			}
			if (!response.ok) {
				await response.body?.cancel().catch(() => undefined);
				const failed = new FetchFailed(`HTTP ${response.status} ${response.statusText}`.trim());
				failed.status = response.status;
				if (response.status === 429 || response.status === 503) failed.retryAfterSeconds = retryAfterSeconds(response.headers.get('retry-after'));
				throw failed;
			}
			const contentType = response.headers.get('content-type') ?? '';
			const bytes = await readLimited(response, limits.maxBytes, current);
			return {
				url: current,
				contentType,
				text: decodeCharset(bytes, charsetOf(contentType, bytes)),
				etag: response.headers.get('etag'),
				lastModified: response.headers.get('last-modified')
			};
		}
	} catch (error) {
		if (error instanceof FetchFailed || error instanceof NotModified) throw error;
		if (signal.aborted) throw new FetchFailed(`timed out after ${limits.timeoutMs / 1000} s`);
		const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
		throw new FetchFailed(`could not fetch: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
	}
}
