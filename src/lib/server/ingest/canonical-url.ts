// One URL per article however it was linked: without tracking parameters, AMP paths, mobile hosts,
// fragments or trailing slashes, so the same story shared twice is recognised as one.

const TRACKING = /^(utm_|fbclid$|gclid$|dclid$|msclkid$|mc_cid$|mc_eid$|igshid$|ref$|ref_src$|src$|source$|amp$|_ga$|yclid$|spm$|share$|from$)/i;
const MOBILE_HOST = /^(m|mobile|amp|www)\./i;

export function canonicalizeUrl(raw: string | null | undefined): string | null {
	if (!raw?.trim()) return null;
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		return null;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	url.protocol = 'https:';
	url.hash = '';
	url.username = '';
	url.password = '';
	let host = url.hostname.toLowerCase();
	while (MOBILE_HOST.test(host) && host.split('.').length > 2) host = host.replace(MOBILE_HOST, '');
	url.hostname = host;
	url.port = '';
	for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
	url.searchParams.sort();
	let path = url.pathname
		.replace(/\/amp(\/|$)/i, '/')
		.replace(/\/amp\.html$/i, '.html')
		.replace(/\.amp(\.html)?$/i, '$1')
		.replace(/\/+$/, '');
	if (path === '') path = '/';
	url.pathname = path;
	return url.toString().replace(/\/$/, '').replace(/\/\?/, '?');
}

/** The outlet's domain: the host without www/mobile prefixes. */
export function outletDomain(raw: string | null | undefined): string | null {
	const canonical = canonicalizeUrl(raw);
	return canonical ? new URL(canonical).hostname : null;
}
