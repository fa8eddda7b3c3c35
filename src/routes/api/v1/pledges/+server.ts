import { getReadDb } from '$lib/server/db/public-reads';
import { apiPledges } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, locals }) => apiPledges(getReadDb(locals), { request, url, now: new Date() });
