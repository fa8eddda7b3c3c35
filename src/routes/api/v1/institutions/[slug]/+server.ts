import { getReadDb } from '$lib/server/db/public-reads';
import { apiInstitution } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) => apiInstitution(getReadDb(locals), params.slug, { request, url, now: new Date() });
