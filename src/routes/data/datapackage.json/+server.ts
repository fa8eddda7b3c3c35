// Frictionless Data Package descriptor of the bulk download.
import { serveDataPackage } from '$lib/server/export/handlers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url }) => serveDataPackage({ request, url, now: new Date() });
