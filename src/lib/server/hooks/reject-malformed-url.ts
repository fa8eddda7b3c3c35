// Every text parameter arrives through the URL: a NUL byte or percent-encoding that is not UTF-8
// is refused here with 400, once, before any route, query or database sees it (PostgreSQL rejects
// NUL in text and would answer 500; invalid UTF-8 would be silently replaced by U+FFFD).
import type { Handle } from '@sveltejs/kit';
import { errorResponse } from '../export/errors';

/** The name of the first malformed part of a raw path or query string, or null when all are fine. */
export function findMalformedUrlPart(pathname: string, search: string): string | null {
	if (!decodesCleanly(pathname)) return 'the path';
	for (const pair of search.replace(/^\?/, '').split('&')) {
		if (!pair) continue;
		const eq = pair.indexOf('=');
		const key = eq < 0 ? pair : pair.slice(0, eq);
		if (!decodesCleanly(key)) return 'a parameter name';
		if (eq >= 0 && !decodesCleanly(pair.slice(eq + 1))) return `the parameter “${safeName(key)}”`;
	}
	return null;
}

function decodesCleanly(raw: string): boolean {
	let text: string;
	try {
		text = decodeURIComponent(raw.replace(/\+/g, ' '));
	} catch {
		return false; // a lone % or bytes that are not UTF-8
	}
	return !text.includes('\u0000');
}

function safeName(key: string): string {
	try {
		return decodeURIComponent(key).replace(/[^\p{L}\p{N}_.\-[\]]/gu, '').slice(0, 40);
	} catch {
		return '?';
	}
}

export const rejectMalformedUrl: Handle = async ({ event, resolve }) => {
	const bad = findMalformedUrlPart(event.url.pathname, event.url.search);
	if (bad) {
		return errorResponse(400, 'bad_request', `${bad} contains a NUL byte or is not valid UTF-8 percent-encoding; remove it and try again.`);
	}
	return resolve(event);
};
