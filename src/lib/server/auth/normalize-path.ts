// What a URL path means once every layer has had its say: percent-encoding undone (repeatedly:
// "%2561" is "%61" is "a") and dot segments resolved. Security checks on paths compare this form,
// so "/%61dmin" is /admin and "/%2e%2e//evil.example" is "//evil.example" (issue 15).

const BASE = 'http://pledgewatch.invalid';
/** Rounds of decoding before a path counts as malformed; real paths need one at most. */
const MAX_DECODE_ROUNDS = 3;

/** The decoded, dot-resolved form of a URL path ("/…"), or null when it is malformed or encoded too many times over. */
export function normalizePathname(pathname: string): string | null {
	const decoded = decodeFully(pathname);
	if (decoded === null || !decoded.startsWith('/')) return null;
	// Parsed again so the dot segments that decoding revealed resolve, with the rewrites every URL
	// parser makes (backslash → slash, tabs and newlines dropped). "?" and "#" stay part of the path;
	// the base is prefixed as text so a decoded "//host" stays a path instead of becoming a host.
	try {
		return new URL(BASE + decoded.replace(/[?#]/g, encodeURIComponent)).pathname;
	} catch {
		return null;
	}
}

function decodeFully(text: string): string | null {
	let current = text;
	for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
		let decoded: string;
		try {
			decoded = decodeURIComponent(current);
		} catch {
			return null; // a lone % or bytes that are not UTF-8
		}
		if (decoded === current) return current;
		current = decoded;
	}
	return null;
}
