import { getReadDb } from '$lib/server/db/public-reads';
import { overdueFeed } from '$lib/server/export/feed-handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, locals }) => overdueFeed(getReadDb(locals), { url, now: new Date(), lang: locals.lang });
