import { getReadDb } from '$lib/server/db/public-reads';
import { citePledge } from '$lib/server/export/cite-handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) => citePledge(getReadDb(locals), params.id, { request, url, now: new Date(), lang: locals.lang });
