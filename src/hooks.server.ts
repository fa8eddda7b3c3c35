// Server start-up (database open + migrations) and the chain of per-request handles. Each concern
// lives in its own file under $lib/server/hooks and is listed in `handle` in the order it runs.
import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb, stopDatabase } from '$lib/server/db/instance';
import { startJobs, stopJobs } from '$lib/server/jobs/instance';
import { startReadReplica, stopReadReplica } from '$lib/server/db/public-reads';
import { startServerDatabase } from '$lib/server/startup';
import { isDatabaseUnavailable } from '$lib/server/db/unavailable';
import { startDigestTimer } from '$lib/server/follow/runner';
import { apiAccess } from '$lib/server/hooks/api-access';
import { compress } from '$lib/server/hooks/compress';
import { rejectCrossSiteForms } from '$lib/server/hooks/cross-site-forms';
import { databaseOutage, UNAVAILABLE_MESSAGE } from '$lib/server/hooks/database-outage';
import { guardStreams } from '$lib/server/hooks/guard-streams';
import { rejectMalformedUrl } from '$lib/server/hooks/reject-malformed-url';
import { rejectReservedAction } from '$lib/server/hooks/reject-reserved-action';
import { apiCache, pageCache } from '$lib/server/hooks/page-cache';
import { pageLanguage } from '$lib/server/hooks/page-language';
import { securityHeaders } from '$lib/server/hooks/security-headers';
import { session } from '$lib/server/hooks/session';

export const init: ServerInit = async () => {
	const handle = await startServerDatabase();
	console.log(`Pledgewatch database: ${handle.description}`);
	// DATABASE_READ_URL: public reads from a hot standby while it answers and keeps up (db/public-reads.ts).
	await startReadReplica(handle.db);
	// The queue and (on PGlite) the in-process worker start beside the server: a failure to start
	// them is logged and leaves the dashboard serving.
	startJobs(handle).catch((error: Error) => console.error(`Pledgewatch worker did not start: ${error.message}`));
	// Email alerts: with SMTP_URL set, the server sends the due digests itself (README: Email alerts).
	const stopDigests = startDigestTimer(getDb);
	// adapter-node emits this after SIGTERM/SIGINT once requests have drained; an open PGlite and
	// its share socket would otherwise keep the process alive.
	process.once('sveltekit:shutdown' as 'exit', () => {
		stopDigests?.();
		void stopJobs().then(stopReadReplica).then(stopDatabase);
	});
	// Last line of defence: Node ends the process on an unhandled rejection, so one request's bug
	// would be an outage for everyone. Streams are guarded where they are made (hooks/guard-streams);
	// anything that still slips through is logged loudly and the server keeps serving.
	process.on('unhandledRejection', (reason) => {
		console.error('Unhandled promise rejection (the server keeps running; this is a bug):', reason);
	});
};

export const handle = sequence(compress, securityHeaders, rejectCrossSiteForms, rejectMalformedUrl, guardStreams, apiAccess, databaseOutage, session, rejectReservedAction, pageLanguage, pageCache, apiCache);

export const handleError: HandleServerError = ({ error, event, status }) => {
	const requestId = event.locals.requestId ?? 'unknown';
	if (status >= 500 && isDatabaseUnavailable(error)) {
		// An outage, not a bug: one line, and hooks/database-outage.ts turns the 500 into 503.
		event.locals.databaseUnavailable = true;
		console.error(`[${requestId}] ${event.request.method} ${event.url.pathname}: database unavailable:`, (error as Error).message);
		return { message: UNAVAILABLE_MESSAGE, requestId, unavailable: true };
	}
	if (status >= 500) console.error(`[${requestId}] ${event.request.method} ${event.url.pathname}:`, error);
	// Never send the stack or the SQL to the browser; the request id lets an operator find the log.
	return { message: status >= 500 ? 'Something went wrong on our side.' : 'Request failed.', requestId };
};
