import { getReadDb } from '$lib/server/db/public-reads';
import { provinceFeed } from '$lib/server/export/feed-handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, params, locals }) => provinceFeed(getReadDb(locals), params.code, { url, now: new Date(), lang: locals.lang });
