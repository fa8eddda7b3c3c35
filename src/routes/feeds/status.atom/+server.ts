import { getReadDb } from '$lib/server/db/public-reads';
import { statusFeed } from '$lib/server/export/feed-handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, locals }) => statusFeed(getReadDb(locals), { url, now: new Date(), lang: locals.lang });
