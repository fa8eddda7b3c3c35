// Streamed downloads (CSV, NDJSON) are written after the handler has returned, so their errors
// cannot reach handleError. Every such response body is wrapped here, in one place, so a failure
// mid-stream is logged with the request id and ends that download, never the process; a failure
// of the first read answers an error status instead of 200 (export/guard-stream.ts).
import type { Handle } from '@sveltejs/kit';
import { guardStreamedResponse } from '../export/guard-stream';

const STREAMED_TYPES = ['text/csv', 'application/x-ndjson'];

export const guardStreams: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const type = response.headers.get('content-type') ?? '';
	if (!response.body || !STREAMED_TYPES.some((t) => type.startsWith(t))) return response;
	const what = `${event.request.method} ${event.url.pathname}`;
	return guardStreamedResponse(response, event.locals.requestId ?? 'unknown', what, event.request.method);
};
