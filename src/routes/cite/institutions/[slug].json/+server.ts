import { getDb } from '$lib/server/db/instance';
import { citeInstitution } from '$lib/server/export/cite-handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params, locals }) => citeInstitution(getDb(), params.slug, { request, url, now: new Date(), lang: locals.lang });
