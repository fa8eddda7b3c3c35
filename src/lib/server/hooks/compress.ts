// Text responses go out gzip-compressed when the client accepts it: the overview's HTML is about a
// tenth of its size compressed, which matters on a phone's connection. Streams (CSV and NDJSON
// exports) are compressed as they flow. Static files are precompressed at build time instead
// (svelte.config.js). Small bodies, HEAD, 204/304 and already-encoded bodies are left alone.
import type { Handle } from '@sveltejs/kit';
import { acceptsGzip, compressible, weakenEtag } from './compress-rules';

const MIN_BYTES = 1024;

export const compress: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (event.request.method === 'HEAD' || !response.body || response.status === 204 || response.status === 304) return response;
	if (response.headers.has('content-encoding') || !compressible(response.headers.get('content-type'))) return response;
	const length = response.headers.get('content-length');
	if (length !== null && Number(length) < MIN_BYTES) return response;
	try {
		response.headers.append('vary', 'Accept-Encoding');
	} catch {
		return response; // immutable headers (a proxied fetch): send as it is
	}
	if (!acceptsGzip(event.request.headers.get('accept-encoding'))) return response;
	response.headers.set('content-encoding', 'gzip');
	response.headers.delete('content-length');
	// The compressed bytes differ, so a strong validator becomes weak (RFC 9110 §8.8.3).
	const etag = response.headers.get('etag');
	if (etag) response.headers.set('etag', weakenEtag(etag));
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), { status: response.status, statusText: response.statusText, headers: response.headers });
};
