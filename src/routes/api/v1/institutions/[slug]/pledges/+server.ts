import { getDb } from '$lib/server/db/instance';
import { apiInstitutionPledges } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params }) => apiInstitutionPledges(getDb(), params.slug, { request, url, now: new Date() });
