// Institutions, people and roles as Popolo JSON.
import { getReadDb } from '$lib/server/db/public-reads';
import { servePopolo } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, locals }) => servePopolo(getReadDb(locals), { request, url, now: new Date() });
