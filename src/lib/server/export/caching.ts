// Conditional GET for JSON answers: a strong ETag from the body's hash, Last-Modified from the
// latest data change when known, and 304 when the client already holds this version.
import { isNotModified, strongEtag } from '../http/conditional';

export interface CacheInfo {
	/** When the underlying data last changed, if the caller knows. */
	lastModified?: Date | null;
}

/** Public data; revalidate so a new ingest shows up at once (the JSON exports and the API cache). */
export const JSON_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export function jsonWithCaching(request: Request, body: string, info: CacheInfo = {}, extraHeaders: Record<string, string> = {}): Response {
	const etag = strongEtag(body);
	const headers: Record<string, string> = {
		etag,
		'cache-control': JSON_CACHE_CONTROL,
		...extraHeaders
	};
	const modified = info.lastModified ? new Date(Math.floor(info.lastModified.getTime() / 1000) * 1000) : null;
	if (modified) headers['last-modified'] = modified.toUTCString();
	if (isNotModified(request, etag, modified)) return new Response(null, { status: 304, headers });
	return new Response(body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}
