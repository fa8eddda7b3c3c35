import { getDb } from '$lib/server/db/instance';
import { citePledge } from '$lib/server/export/cite-handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) => citePledge(getDb(), params.id, { request, url, now: new Date(), lang: locals.lang });
