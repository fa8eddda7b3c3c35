// /articles.csv|.json|.ndjson: article metadata with the article filters.
import { getReadDb } from '$lib/server/db/public-reads';
import { exportArticles } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) => exportArticles(getReadDb(locals), { request, url, format: params.format, now: new Date() });
