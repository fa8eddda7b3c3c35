// /pledges.csv|.json|.ndjson: the /pledges search as data, with the same filters.
import { getReadDb } from '$lib/server/db/public-reads';
import { exportPledges } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) => exportPledges(getReadDb(locals), { request, url, format: params.format, now: new Date() });
