import { getDb } from '$lib/server/db/instance';
import { overdueFeed } from '$lib/server/export/feed-handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, locals }) => overdueFeed(getDb(), { url, now: new Date(), lang: locals.lang });
