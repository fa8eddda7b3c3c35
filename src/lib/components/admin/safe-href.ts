// Links built from stored data (article URLs, cited sources) are only links when they are http(s):
// `javascript:`, `data:` and anything unparsable render as plain text instead.

export function safeHref(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
	} catch {
		return null;
	}
}
