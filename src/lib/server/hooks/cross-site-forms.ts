// Cross-site form posts are refused, exactly as SvelteKit's own check does (a form-encoded POST,
// PUT, PATCH or DELETE whose Origin is not this site's → 403), with one exception it cannot make:
// the one-click unsubscribe of RFC 8058. A mail provider POSTs `List-Unsubscribe=One-Click` to the
// address in the List-Unsubscribe header from its own servers, with no Origin, and the secret token
// in that address is the only authority the request needs (it grants nothing but removing that one
// subscription). svelte.config.js turns SvelteKit's check off (trustedOrigins ['*']) for this hook.
import { json, text, type Handle } from '@sveltejs/kit';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain', 'application/x-sveltekit-formdata'];
const UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'];

export function isFormRequest(request: Request): boolean {
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	return FORM_TYPES.includes(type);
}

/** The one path whose POST carries its own authority (a token in the URL) and may come from anywhere. */
export function isOneClickUnsubscribe(request: Request, url: URL): boolean {
	return request.method === 'POST' && url.pathname === '/follow/unsubscribe' && url.searchParams.has('token');
}

export function isCrossSiteForm(request: Request, url: URL): boolean {
	return UNSAFE.includes(request.method) && isFormRequest(request) && request.headers.get('origin') !== url.origin && !isOneClickUnsubscribe(request, url);
}

export const rejectCrossSiteForms: Handle = async ({ event, resolve }) => {
	if (isCrossSiteForm(event.request, event.url)) {
		const message = `Cross-site ${event.request.method} form submissions are forbidden`;
		return event.request.headers.get('accept') === 'application/json' ? json({ message }, { status: 403 }) : text(message, { status: 403 });
	}
	return resolve(event);
};
