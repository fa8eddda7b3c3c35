// While the database is down a request fails through no fault of its own: it answers 503 with
// Retry-After and says so, instead of 500 ("a bug"). Errors in a page's load or an endpoint are
// recognised in handleError (hooks.server.ts), which marks the request; errors thrown by the hooks
// inside this one (the session lookup) are caught here. Everything else passes through untouched.
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { errorResponse } from '$lib/server/export/errors';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '$lib/server/db/unavailable';

export const UNAVAILABLE_MESSAGE = `The database is unavailable right now; try again in ${RETRY_AFTER_SECONDS} seconds.`;

const retryHeaders = () => ({ 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' });

/** Machine clients get the API's error shape: the API, the data pages' siblings, SvelteKit's JSON errors. */
function wantsJson(event: RequestEvent, response?: Response): boolean {
	if (event.url.pathname.startsWith('/api/') || /\.(json|csv|ndjson)$/.test(event.url.pathname)) return !event.url.pathname.endsWith('/__data.json');
	return Boolean(response?.headers.get('content-type')?.startsWith('application/json'));
}

export function unavailableResponse(event: RequestEvent): Response {
	if (wantsJson(event)) return errorResponse(503, 'unavailable', UNAVAILABLE_MESSAGE, retryHeaders());
	return new Response(`${UNAVAILABLE_MESSAGE}\n`, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', ...retryHeaders() } });
}

export const databaseOutage: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		if (!isDatabaseUnavailable(error)) throw error;
		console.error(`[${event.locals.requestId ?? 'unknown'}] ${event.request.method} ${event.url.pathname}: database unavailable:`, (error as Error).message);
		return unavailableResponse(event);
	}
	if (response.status !== 500 || !event.locals.databaseUnavailable) return response;
	if (wantsJson(event, response)) return errorResponse(503, 'unavailable', UNAVAILABLE_MESSAGE, retryHeaders());
	// The error page rendered in the reader's language (+error.svelte says the database is away).
	const headers = new Headers(response.headers);
	for (const [name, value] of Object.entries(retryHeaders())) headers.set(name, value);
	return new Response(response.body, { status: 503, statusText: 'Service Unavailable', headers });
};
