// /agencies.csv|.json|.ndjson: the /agencies list as data, with the same filters.
import { getReadDb } from '$lib/server/db/public-reads';
import { exportInstitutionList } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) =>
	exportInstitutionList(getReadDb(locals), 'agencies', { request, url, format: params.format, now: new Date() });
