import { getDb } from '$lib/server/db/instance';
import { apiArticles } from '$lib/server/export/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url }) => apiArticles(getDb(), { request, url, now: new Date() });
