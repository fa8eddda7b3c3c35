// The OpenAPI 3.1 description of /api/v1.
import { jsonWithCaching } from '$lib/server/export/caching';
import { openApiDocument } from '$lib/server/export/openapi';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url }) => jsonWithCaching(request, JSON.stringify(openApiDocument(url.origin), null, 2));
