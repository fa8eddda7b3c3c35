import { getReadDb } from '$lib/server/db/public-reads';
import { apiPledge } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) => apiPledge(getReadDb(locals), params.id, { request, url, now: new Date() });
