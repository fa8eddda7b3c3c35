import { getDb } from '$lib/server/db/instance';
import { apiInstitutions } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url }) => apiInstitutions(getDb(), { request, url, now: new Date() });
