import { getReadDb } from '$lib/server/db/public-reads';
import { apiInstitutions } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, locals }) => apiInstitutions(getReadDb(locals), { request, url, now: new Date() });
