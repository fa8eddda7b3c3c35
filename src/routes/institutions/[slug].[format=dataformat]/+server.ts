// /institutions/[slug].csv|.json|.ndjson: one institution's statements, with the pledge filters.
import { getReadDb } from '$lib/server/db/public-reads';
import { exportInstitutionPledges } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) =>
	exportInstitutionPledges(getReadDb(locals), params.slug, { request, url, format: params.format, now: new Date() });
