import { getReadDb } from '$lib/server/db/public-reads';
import { citeInstitution } from '$lib/server/export/cite-handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) => citeInstitution(getReadDb(locals), params.slug, { request, url, now: new Date(), lang: locals.lang });
