// Loads the login session from its cookie into event.locals.user, and refuses anonymous writes
// to /admin before any route code runs (each action still checks its own role).
import { error, redirect, type Handle } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/instance';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '$lib/server/auth/cookies';
import { normalizePathname } from '$lib/server/auth/normalize-path';
import { validateSessionToken } from '$lib/server/auth/sessions';

/**
 * Whether a request path reaches /admin. The router decodes the path ("/%61dmin" routes to
 * /admin), so the raw event.url.pathname is not what to compare (issue 15); a path that cannot
 * be normalized is treated as admin, failing closed.
 */
export function isAdminPath(pathname: string): boolean {
	const path = normalizePathname(pathname);
	return path === null || path === '/admin' || path.startsWith('/admin/');
}

export const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const found = await validateSessionToken(getDb(), token);
		if (found) {
			event.locals.user = found.user;
			event.locals.session = found.session;
			if (found.renewed) {
				setSessionCookie(event.cookies, event.url, token, found.session.expiresAt);
				event.locals.setsCookie = true;
			}
		} else {
			clearSessionCookie(event.cookies, event.url);
			event.locals.setsCookie = true;
		}
	}
	if (isAdminPath(event.url.pathname) && !event.locals.user) {
		if (event.request.method === 'GET' || event.request.method === 'HEAD') {
			redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
		}
		error(401, 'Log in to do this.');
	}
	const response = await resolve(event);
	// Pages for logged-in editors must not be stored by shared caches or the back/forward cache of
	// a shared computer after logout.
	if (event.locals.user) response.headers.set('Cache-Control', 'private, no-store');
	return response;
};
