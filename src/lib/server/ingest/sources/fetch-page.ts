// Fetches a web page the careful way: a deadline, a size cap, a bounded number of redirects
// (followed by hand, so a loop is reported as one), and the text decoded in its real charset.
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
}

export class FetchFailed extends Error {}

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

export async function fetchPage(url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchedPage> {
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
				headers: { 'user-agent': 'Pledgewatch/0.1 (+news ingestion)', accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5' }
			});
			if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
				await response.body?.cancel().catch(() => undefined);
				if (hop >= limits.maxRedirects) throw new FetchFailed(`more than ${limits.maxRedirects} redirects`);
				current = new URL(response.headers.get('location')!, current).toString();
				continue;
			}
			if (!response.ok) {
				await response.body?.cancel().catch(() => undefined);
				throw new FetchFailed(`HTTP ${response.status} ${response.statusText}`.trim());
			}
			const contentType = response.headers.get('content-type') ?? '';
			const bytes = await readLimited(response, limits.maxBytes, current);
			return { url: current, contentType, text: decodeCharset(bytes, charsetOf(contentType, bytes)) };
		}
	} catch (error) {
		if (error instanceof FetchFailed) throw error;
		if (signal.aborted) throw new FetchFailed(`timed out after ${limits.timeoutMs / 1000} s`);
		const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
		throw new FetchFailed(`could not fetch: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
	}
}
