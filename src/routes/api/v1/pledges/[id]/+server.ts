import { getDb } from '$lib/server/db/instance';
import { apiPledge } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params }) => apiPledge(getDb(), params.id, { request, url, now: new Date() });
