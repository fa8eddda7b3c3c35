// Conditional GET for JSON answers: a strong ETag from the body's hash, Last-Modified from the
// latest data change when known, and 304 when the client already holds this version.
import { matchesEtag, strongEtag } from '../http/conditional';

export interface CacheInfo {
	/** When the underlying data last changed, if the caller knows. */
	lastModified?: Date | null;
}

export function jsonWithCaching(request: Request, body: string, info: CacheInfo = {}, extraHeaders: Record<string, string> = {}): Response {
	const etag = strongEtag(body);
	const headers: Record<string, string> = {
		etag,
		// Public data; revalidate so a new ingest shows up at once.
		'cache-control': 'public, max-age=0, must-revalidate',
		...extraHeaders
	};
	const modified = info.lastModified ? new Date(Math.floor(info.lastModified.getTime() / 1000) * 1000) : null;
	if (modified) headers['last-modified'] = modified.toUTCString();
	const ifNoneMatch = request.headers.get('if-none-match');
	const ifModifiedSince = request.headers.get('if-modified-since');
	// If-None-Match wins when both are sent (RFC 9110 §13.2.2).
	const fresh = ifNoneMatch
		? matchesEtag(ifNoneMatch, etag)
		: Boolean(modified && ifModifiedSince && !Number.isNaN(Date.parse(ifModifiedSince)) && modified.getTime() <= Date.parse(ifModifiedSince));
	if (fresh) return new Response(null, { status: 304, headers });
	return new Response(body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}
