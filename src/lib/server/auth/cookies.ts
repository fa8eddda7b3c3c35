// The session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site
// POSTs), Secure whenever the site is served over HTTPS.
import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'pw_session';

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}
