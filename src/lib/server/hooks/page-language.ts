// Picks the page language (?lang= → cookie → Accept-Language → Indonesian), remembers an explicit
// choice in a cookie, exposes it as locals.lang and fills <html lang="%lang%"> in app.html.
import type { Handle } from '@sveltejs/kit';
import { LANG_COOKIE, LANG_PARAM, isUiLang, pickLanguage } from '$lib/i18n/lang';

const ONE_YEAR = 60 * 60 * 24 * 365;

export const pageLanguage: Handle = async ({ event, resolve }) => {
	const param = event.url.searchParams.get(LANG_PARAM);
	const lang = pickLanguage({
		param,
		cookie: event.cookies.get(LANG_COOKIE),
		acceptLanguage: event.request.headers.get('accept-language')
	});
	if (isUiLang(param) && event.cookies.get(LANG_COOKIE) !== param) {
		// Not httpOnly on purpose: it is a preference, not a secret, and carries nothing else.
		event.cookies.set(LANG_COOKIE, param, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax', httpOnly: false });
		event.locals.setsCookie = true;
	}
	event.locals.lang = lang;
	const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
	// The same URL renders differently per language, so shared caches must key on these.
	if (!event.url.pathname.startsWith('/api/')) response.headers.append('Vary', 'Accept-Language, Cookie');
	return response;
};
