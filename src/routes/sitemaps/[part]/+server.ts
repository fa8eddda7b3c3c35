// /sitemaps/pages.xml, /sitemaps/institutions-N.xml, /sitemaps/pledges-N.xml: one child sitemap.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db/instance';
import { listSitemapPaths, parseSitemapPart, renderUrlSet } from '$lib/server/sitemap/sitemap';

export const GET: RequestHandler = async ({ params, url }) => {
	const part = parseSitemapPart(params.part);
	const paths = part ? await listSitemapPaths(getDb(), part) : null;
	if (!paths) error(404, `No sitemap is named "${params.part}"; /sitemap.xml lists them.`);
	return new Response(renderUrlSet(url.origin, paths), {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
};
