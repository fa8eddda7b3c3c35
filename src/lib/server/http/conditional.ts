// Conditional GET, shared by the JSON exports (export/caching.ts) and the page and API caches
// (hooks/page-cache.ts): how an ETag is made and when a client already holds an answer.
import { createHash } from 'node:crypto';

/** A strong ETag: the answer is byte-for-byte this content. */
export function strongEtag(content: string): string {
	return `"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`;
}

/**
 * A weak ETag over what an answer was made from (data version, URL, language …), for answers
 * that mean the same but are not byte-identical — a page carries a fresh CSP nonce every time.
 */
export function weakEtag(parts: readonly string[]): string {
	return `W/${strongEtag(parts.join('\u0000'))}`;
}

/** Weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored for If-None-Match. */
export function matchesEtag(header: string | null, etag: string): boolean {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const bare = etag.replace(/^W\//, '');
	return header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

/**
 * Whether the client's copy is current (304): If-None-Match against the ETag, or, only when no
 * If-None-Match was sent (RFC 9110 §13.2.2), If-Modified-Since against the last change.
 */
export function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
	const ifNoneMatch = request.headers.get('if-none-match');
	if (ifNoneMatch) return matchesEtag(ifNoneMatch, etag);
	const since = Date.parse(request.headers.get('if-modified-since') ?? '');
	return Boolean(lastModified && !Number.isNaN(since) && lastModified.getTime() <= since);
}
