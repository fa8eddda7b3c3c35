// The public API's front door (/api/v1/* and /api/openapi.json): CORS for GET from any origin
// (read-only, no cookies honoured), preflight answers, per-client rate limiting with 429 and
// Retry-After (counted in the database, so all instances share it), and every error in the one
// shape {error: {code, message}}.
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { codeForStatus, errorResponse } from '$lib/server/export/errors';
import { getDb } from '$lib/server/db/instance';
import { DatabaseTokenBuckets, type RateLimiter } from '$lib/server/export/shared-rate-limit';

const CORS = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, HEAD, OPTIONS',
	'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
	'access-control-expose-headers': 'ETag, Last-Modified, Retry-After, RateLimit-Remaining',
	'access-control-max-age': '86400'
};

export function isPublicApi(path: string): boolean {
	return path.startsWith('/api/v1/') || path === '/api/v1' || path === '/api/openapi.json';
}

function perMinute(): number {
	const n = Number(process.env.API_RATE_LIMIT_PER_MINUTE ?? 120);
	// At least one a minute: a bucket must hold a whole token to ever let a request through.
	return Number.isFinite(n) && n > 0 ? Math.max(1, n) : 120;
}

/** Builds the handle; tests pass their own limiter and clock. */
export function createApiAccess(
	buckets: RateLimiter = new DatabaseTokenBuckets(getDb, { bucket: 'api', capacity: perMinute(), refillPerSecond: perMinute() / 60 }),
	now = () => Date.now()
): Handle {
	return async ({ event, resolve }) => {
		if (!isPublicApi(event.url.pathname)) return resolve(event);
		const method = event.request.method;
		if (method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS });
		if (method !== 'GET' && method !== 'HEAD') {
			return withCors(errorResponse(405, 'method_not_allowed', 'This API is read-only: use GET.', { allow: 'GET, HEAD, OPTIONS' }));
		}
		const decision = await buckets.take(clientKey(event), now());
		if (!decision.allowed) {
			const seconds = String(decision.retryAfterSeconds);
			return withCors(errorResponse(429, 'rate_limited', `Too many requests from this address; try again in ${seconds} s.`, { 'retry-after': seconds }));
		}
		const response = await resolve(event);
		const shaped = response.status >= 400 ? await toErrorShape(response) : response;
		return withCors(shaped, { 'ratelimit-remaining': String(decision.remaining) });
	};
}

function clientKey(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		// No address (some test harnesses): all such clients share one bucket rather than none.
		return 'unknown';
	}
}

/** SvelteKit's own 404/500 bodies become the API's error shape; our own already are. */
async function toErrorShape(response: Response): Promise<Response> {
	const text = await response.clone().text();
	try {
		const body = JSON.parse(text) as { error?: { code?: unknown } };
		if (body.error && typeof body.error.code === 'string') return response;
	} catch {
		// Not JSON: an HTML error page.
	}
	const message = response.status === 404 ? 'No such API path; see /api/openapi.json.' : response.status >= 500 ? 'Something went wrong on our side.' : 'Request failed.';
	return errorResponse(response.status, codeForStatus(response.status), message);
}

function withCors(response: Response, extra: Record<string, string> = {}): Response {
	const headers = new Headers(response.headers);
	for (const [k, v] of Object.entries({ ...CORS, ...extra })) headers.set(k, v);
	return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export const apiAccess = createApiAccess();
