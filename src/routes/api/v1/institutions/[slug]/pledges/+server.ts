import { getReadDb } from '$lib/server/db/public-reads';
import { apiInstitutionPledges } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) => apiInstitutionPledges(getReadDb(locals), params.slug, { request, url, now: new Date() });
