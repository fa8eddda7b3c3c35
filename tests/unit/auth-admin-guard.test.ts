// The session hook's /admin guard compares the path the router will see: percent-encoded and
// dot-segment spellings of /admin are refused without a session like /admin itself (issue 15).
import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { session } from '../../src/lib/server/hooks/session';

async function anonymous(method: string, path: string): Promise<number | 'passed'> {
	const url = new URL(`http://127.0.0.1${path}`);
	const event = {
		url,
		request: new Request(url, { method }),
		locals: {},
		cookies: { get: () => undefined }
	} as unknown as RequestEvent;
	const resolve = vi.fn(async () => new Response('route ran'));
	try {
		await session({ event, resolve });
		return 'passed';
	} catch (thrown) {
		if (isRedirect(thrown) || isHttpError(thrown)) return thrown.status;
		throw thrown;
	}
}

describe('the /admin guard without a session', () => {
	it.each(['/admin', '/admin/users', '/%61dmin', '/%61dmin/users', '/%61%64%6d%69%6e/', '/%2561dmin/users', '/admin%2Fusers', '/pledges/%2e%2e/admin', '/x/%2E%2E/%61dmin/audit'])(
		'%s: GET goes to the login page, POST is refused',
		async (path) => {
			expect(await anonymous('GET', path)).toBe(303);
			expect(await anonymous('POST', path)).toBe(401);
		}
	);

	it.each(['/', '/pledges', '/administrasi', '/admins', '/login', '/pledges/%61dmin', '/ADMIN'])('%s is left to its route', async (path) => {
		expect(await anonymous('GET', path)).toBe('passed');
		expect(await anonymous('POST', path)).toBe('passed');
	});
});
