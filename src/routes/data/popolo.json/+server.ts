// Institutions, people and roles as Popolo JSON.
import { getDb } from '$lib/server/db/instance';
import { servePopolo } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url }) => servePopolo(getDb(), { request, url, now: new Date() });
