// One error shape for every data endpoint and API answer: {error: {code, message}}. Messages say
// what was wrong and how to fix it; they never carry SQL or stack traces.
/** `unavailable` (503, with Retry-After): the database cannot be reached; try again shortly. */
export type ErrorCode = 'bad_request' | 'not_found' | 'rate_limited' | 'method_not_allowed' | 'unavailable' | 'internal';

export interface ErrorBody {
	error: { code: ErrorCode; message: string };
}

export function errorResponse(status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): Response {
	const body: ErrorBody = { error: { code, message } };
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }
	});
}

export function codeForStatus(status: number): ErrorCode {
	if (status === 404) return 'not_found';
	if (status === 405) return 'method_not_allowed';
	if (status === 429) return 'rate_limited';
	if (status === 503) return 'unavailable';
	if (status >= 500) return 'internal';
	return 'bad_request';
}
