import { getReadDb } from '$lib/server/db/public-reads';
import { apiArticles } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, locals }) => apiArticles(getReadDb(locals), { request, url, now: new Date() });
