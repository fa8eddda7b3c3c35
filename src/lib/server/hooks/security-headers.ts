// Request id and security headers on every response. Pages outside /embed/ may not be framed.
import type { Handle } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';

export const securityHeaders: Handle = async ({ event, resolve }) => {
	event.locals.requestId = randomUUID();
	const response = await resolve(event);
	const embeddable = event.url.pathname.startsWith('/embed/');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Request-Id', event.locals.requestId);
	if (!embeddable) response.headers.set('X-Frame-Options', 'DENY');
	// kit.csp (svelte.config.js) says frame-ancestors 'none' for every page; embeds are meant to be framed.
	const csp = response.headers.get('Content-Security-Policy');
	if (embeddable && csp) response.headers.set('Content-Security-Policy', csp.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'));
	return response;
};
