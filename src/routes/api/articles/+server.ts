// POST /api/articles — machine ingestion (JSON or NDJSON), authorized by a scoped API token.
import { getDb } from '$lib/server/db/instance';
import { handleArticlesPost } from '$lib/server/ingest/api';
import { defaultExtractor } from '$lib/server/ingest/default-extractor';
import { loadGazetteer } from '$lib/server/resolve/gazetteer';
import type { RequestHandler } from './$types';

let extractor: ReturnType<typeof defaultExtractor> | undefined;

export const POST: RequestHandler = async ({ request }) => {
	extractor ??= defaultExtractor(await loadGazetteer());
	return handleArticlesPost(getDb(), request, extractor);
};
