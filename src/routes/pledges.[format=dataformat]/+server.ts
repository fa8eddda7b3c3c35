// /pledges.csv|.json|.ndjson: the /pledges search as data, with the same filters.
import { getDb } from '$lib/server/db/instance';
import { exportPledges } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params }) => exportPledges(getDb(), { request, url, format: params.format, now: new Date() });
