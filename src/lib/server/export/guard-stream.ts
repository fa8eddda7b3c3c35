// The one place where every streamed response's errors end. A database error, a lost connection or
// a bug while a download is being written must never reach the process as an unhandled rejection
// (Node ends the process on one): it is logged with the request id, the response stream is ended
// with an error (the client sees a truncated, failed download) and the server keeps serving.
export function guardStream(inner: ReadableStream<Uint8Array>, requestId: string, what: string): ReadableStream<Uint8Array> {
	const reader = inner.getReader();
	let failed = false;
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				if (failed) return;
				try {
					const { done, value } = await reader.read();
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
