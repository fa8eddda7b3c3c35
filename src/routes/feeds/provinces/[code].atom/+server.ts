import { getDb } from '$lib/server/db/instance';
import { provinceFeed } from '$lib/server/export/feed-handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, params, locals }) => provinceFeed(getDb(), params.code, { url, now: new Date(), lang: locals.lang });
