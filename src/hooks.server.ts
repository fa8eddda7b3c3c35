// Server start-up (database open + migrations), security headers and error handling for every request.
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { startDatabase, stopDatabase } from '$lib/server/db/instance';

export const init: ServerInit = async () => {
	const handle = await startDatabase();
	console.log(`Pledgewatch database: ${handle.description}`);
	// adapter-node emits this after SIGTERM/SIGINT once requests have drained; an open PGlite and
	// its share socket would otherwise keep the process alive.
	process.once('sveltekit:shutdown' as 'exit', () => {
		void stopDatabase();
	});
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.requestId = randomUUID();
	// The dashboard's language switcher (issue 5) replaces this default.
	const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'id') });
	const embeddable = event.url.pathname.startsWith('/embed/');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Request-Id', event.locals.requestId);
	if (!embeddable) response.headers.set('X-Frame-Options', 'DENY');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	const requestId = event.locals.requestId ?? 'unknown';
	if (status >= 500) console.error(`[${requestId}] ${event.request.method} ${event.url.pathname}:`, error);
	// Never send the stack or the SQL to the browser; the request id lets an operator find the log.
	return { message: status >= 500 ? 'Something went wrong on our side.' : 'Request failed.', requestId };
};
