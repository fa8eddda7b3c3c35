import { getDb } from '$lib/server/db/instance';
import { institutionFeed } from '$lib/server/export/feed-handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, params, locals }) => institutionFeed(getDb(), params.slug, { url, now: new Date(), lang: locals.lang });
