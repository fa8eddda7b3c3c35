// /articles.csv|.json|.ndjson: article metadata with the article filters.
import { getDb } from '$lib/server/db/instance';
import { exportArticles } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params }) => exportArticles(getDb(), { request, url, format: params.format, now: new Date() });
