// The one place where every streamed response's errors end. A database error, a lost connection or
// a bug while a download is being written must never reach the process as an unhandled rejection
// (Node ends the process on one): it is logged with the request id, the response stream is ended
// with an error (the client sees a truncated, failed download) and the server keeps serving.
// The first chunk is read before the headers go out (guardStreamedResponse), so a download whose
// first database read fails is an honest 503 or 500 with the error shape, not a 200 cut off at 0 bytes.
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable';
import { errorResponse } from './errors';

type Read = ReadableStreamReadResult<Uint8Array>;

function guardReader(reader: ReadableStreamDefaultReader<Uint8Array>, requestId: string, what: string, first?: Read): ReadableStream<Uint8Array> {
	let failed = false;
	let pending = first;
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				if (failed) return;
				try {
					const { done, value } = pending ?? (await reader.read());
					pending = undefined;
					if (done) controller.close();
					else controller.enqueue(value);
				} catch (error) {
					failed = true;
					console.error(`[${requestId}] ${what}: the stream failed and was closed:`, error);
					controller.error(new Error(`${what} failed; see the server log for request ${requestId}`));
					// Release the source (a COPY, a cursor) without waiting on it.
					reader.cancel().catch(() => undefined);
				}
			},
			cancel(reason) {
				return reader.cancel(reason).catch(() => undefined);
			}
		},
		{ highWaterMark: 1 }
	);
}

export function guardStream(inner: ReadableStream<Uint8Array>, requestId: string, what: string): ReadableStream<Uint8Array> {
	return guardReader(inner.getReader(), requestId, what);
}

/**
 * The response with its body guarded, once its first chunk has arrived. A failure before that
 * answers 503 + Retry-After when the database is unreachable, else 500, in the API's error shape;
 * a failure after it can only cut the stream. HEAD sends no body, so nothing is read for it.
 */
export async function guardStreamedResponse(response: Response, requestId: string, what: string, method = 'GET'): Promise<Response> {
	if (!response.body) return response;
	const reader = response.body.getReader();
	let first: Read | undefined;
	if (method !== 'HEAD') {
		try {
			first = await reader.read();
		} catch (error) {
			reader.cancel().catch(() => undefined);
			if (isDatabaseUnavailable(error)) {
				console.error(`[${requestId}] ${what}: database unavailable before the download began:`, (error as Error).message);
				return errorResponse(503, 'unavailable', `The database is unavailable right now; try again in ${RETRY_AFTER_SECONDS} seconds.`, {
					'retry-after': String(RETRY_AFTER_SECONDS)
				});
			}
			console.error(`[${requestId}] ${what}: the download failed before it began:`, error);
			return errorResponse(500, 'internal', `The download failed on our side; quote request ${requestId} when reporting it.`);
		}
	}
	return new Response(guardReader(reader, requestId, what, first), { status: response.status, statusText: response.statusText, headers: response.headers });
}
