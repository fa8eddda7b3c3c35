// /agencies.csv|.json|.ndjson: the /agencies list as data, with the same filters.
import { getDb } from '$lib/server/db/instance';
import { exportInstitutionList } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params }) =>
	exportInstitutionList(getDb(), 'agencies', { request, url, format: params.format, now: new Date() });
