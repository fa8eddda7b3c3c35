// One whole dataset as a CSV resource of the data package.
import { getReadDb } from '$lib/server/db/public-reads';
import { exportBulkCsv } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) => exportBulkCsv(getReadDb(locals), params.table, { request, url, now: new Date() });
