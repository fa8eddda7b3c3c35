// /sitemap.xml: the sitemap index (listed in static/robots.txt); see lib/server/sitemap.
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db/instance';
import { listSitemapParts, renderSitemapIndex } from '$lib/server/sitemap/sitemap';

export const GET: RequestHandler = async ({ url }) => {
	const body = renderSitemapIndex(url.origin, await listSitemapParts(getDb()));
	return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
};
