// Login return paths (`?next=`): only same-origin relative paths, so a crafted link cannot send
// a freshly logged-in editor to another site.

/** `next` when it is a path on this site (`/admin/review?page=2`), otherwise `fallback`. */
export function safeNextPath(next: string | null | undefined, fallback = '/admin'): string {
	if (!next || next.length > 2000) return fallback;
	// "//evil.example" and "/\evil.example" are protocol-relative in browsers; control characters
	// and backslashes are rewritten by URL parsers in ways that can change the host.
	// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
	if (!next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
	const base = 'http://pledgewatch.invalid';
	let url: URL;
	try {
		url = new URL(next, base);
	} catch {
		return fallback;
	}
	if (url.origin !== base) return fallback;
	if (url.pathname === '/login' || url.pathname === '/logout') return fallback;
	return url.pathname + url.search + url.hash;
}
