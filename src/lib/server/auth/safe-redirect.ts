// Login return paths (`?next=`): only same-origin relative paths, so a crafted link cannot send
// a freshly logged-in editor to another site. Paths are checked after normalizing, not before:
// "/.//evil.example" only becomes the protocol-relative "//evil.example" once "/./" resolves, and
// "/%2f/evil.example" once a later hop decodes it (issue 15).
import { normalizePathname } from './normalize-path';

const BASE = 'http://pledgewatch.invalid';

/** `next` when it is a path on this site (`/admin/review?page=2`), otherwise `fallback`. */
export function safeNextPath(next: string | null | undefined, fallback = '/admin'): string {
	if (!next || next.length > 2000 || !isPlainSitePath(next)) return fallback;
	let url: URL;
	try {
		url = new URL(next, BASE);
	} catch {
		return fallback;
	}
	// url.pathname (dot segments resolved, "%2e%2e" included) is what the Location header carries.
	if (url.origin !== BASE || !isPlainSitePath(url.pathname)) return fallback;
	// What any hop that decodes the path (a proxy, a trailing-slash redirect) would make of it.
	const normalized = normalizePathname(url.pathname);
	if (normalized === null || !isPlainSitePath(normalized)) return fallback;
	if (normalized === '/login' || normalized === '/logout') return fallback;
	return url.pathname + url.search + url.hash;
}

/**
 * One leading slash and no empty first segment ("//evil.example" is protocol-relative); no
 * backslashes or control characters, which URL parsers rewrite in ways that can change the host
 * ("/\evil.example" and "/<tab>/evil.example" both parse as "//evil.example").
 */
function isPlainSitePath(path: string): boolean {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
	return path.startsWith('/') && !path.startsWith('//') && !/[\\\u0000-\u001f\u007f]/.test(path);
}
