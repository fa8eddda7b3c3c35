// One whole dataset as a CSV resource of the data package.
import { getDb } from '$lib/server/db/instance';
import { exportBulkCsv } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params }) => exportBulkCsv(getDb(), params.table, { request, url, now: new Date() });
