// Which responses the compress hook compresses, and for which clients. Pure, for table tests.

const TEXT_TYPES = /^(?:text\/|application\/(?:json|x-ndjson|ld\+json|atom\+xml|rss\+xml|xml|javascript|manifest\+json|problem\+json|vnd\.[\w.+-]*json)|image\/svg\+xml)/i;

/** Text formats compress well; images, archives and fonts are compressed already. */
export function compressible(contentType: string | null): boolean {
	return !!contentType && TEXT_TYPES.test(contentType.trim());
}

/** Whether an Accept-Encoding header allows gzip (or `*`) with a non-zero quality. */
export function acceptsGzip(header: string | null): boolean {
	if (!header) return false;
	let star: boolean | null = null;
	for (const part of header.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const allowed = q === undefined || Number(q.slice(2)) > 0;
		if (name === 'gzip' || name === 'x-gzip') return allowed;
		if (name === '*') star = allowed;
	}
	return star === true;
}

export function weakenEtag(etag: string): string {
	return etag.startsWith('W/') ? etag : `W/${etag}`;
}
