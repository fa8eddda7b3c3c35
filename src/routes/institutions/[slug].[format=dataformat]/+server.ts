// /institutions/[slug].csv|.json|.ndjson: one institution's statements, with the pledge filters.
import { getDb } from '$lib/server/db/instance';
import { exportInstitutionPledges } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params }) =>
	exportInstitutionPledges(getDb(), params.slug, { request, url, format: params.format, now: new Date() });
