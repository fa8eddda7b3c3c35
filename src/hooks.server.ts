// Server start-up (database open + migrations) and the chain of per-request handles. Each concern
// lives in its own file under $lib/server/hooks and is listed in `handle` in the order it runs.
import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { startDatabase, stopDatabase } from '$lib/server/db/instance';
import { apiAccess } from '$lib/server/hooks/api-access';
import { pageLanguage } from '$lib/server/hooks/page-language';
import { securityHeaders } from '$lib/server/hooks/security-headers';
import { session } from '$lib/server/hooks/session';

export const init: ServerInit = async () => {
	const handle = await startDatabase();
	console.log(`Pledgewatch database: ${handle.description}`);
	// adapter-node emits this after SIGTERM/SIGINT once requests have drained; an open PGlite and
	// its share socket would otherwise keep the process alive.
	process.once('sveltekit:shutdown' as 'exit', () => {
		void stopDatabase();
	});
};

export const handle = sequence(securityHeaders, apiAccess, session, pageLanguage);

export const handleError: HandleServerError = ({ error, event, status }) => {
	const requestId = event.locals.requestId ?? 'unknown';
	if (status >= 500) console.error(`[${requestId}] ${event.request.method} ${event.url.pathname}:`, error);
	// Never send the stack or the SQL to the browser; the request id lets an operator find the log.
	return { message: status >= 500 ? 'Something went wrong on our side.' : 'Request failed.', requestId };
};
