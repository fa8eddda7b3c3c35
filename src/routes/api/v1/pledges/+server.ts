import { getDb } from '$lib/server/db/instance';
import { apiPledges } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url }) => apiPledges(getDb(), { request, url, now: new Date() });
