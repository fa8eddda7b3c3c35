import { getDb } from '$lib/server/db/instance';
import { apiInstitution } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params }) => apiInstitution(getDb(), params.slug, { request, url, now: new Date() });
