import { getReadDb } from '$lib/server/db/public-reads';
import { institutionFeed } from '$lib/server/export/feed-handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, params, locals }) => institutionFeed(getReadDb(locals), params.slug, { url, now: new Date(), lang: locals.lang });
