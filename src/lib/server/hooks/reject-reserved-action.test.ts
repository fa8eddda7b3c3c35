import { isHttpError, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { rejectReservedAction, requestedActionName } from './reject-reserved-action';

describe('requestedActionName', () => {
	it.each([
		['/admin/users?/access', 'access'],
		['/admin/users?/default', 'default'],
		['/admin/users?x=1&/default', 'default'],
		['/admin/users?/access&/default', 'access'],
		['/admin/users?%2Fdefault', 'default'],
		['/admin/users', null],
		['/admin/users?q=/default', null]
	])('%s → %s', (path, expected) => {
		expect(requestedActionName(new URL(`http://127.0.0.1${path}`))).toBe(expected);
	});
});

describe('rejectReservedAction', () => {
	const run = async (method: string, path: string) => {
		const url = new URL(`http://127.0.0.1${path}`);
		const event = { url, request: new Request(url, { method }) } as unknown as RequestEvent;
		try {
			return (await rejectReservedAction({ event, resolve: async () => new Response('route ran') })).status;
		} catch (thrown) {
			if (isHttpError(thrown)) return thrown.status;
			throw thrown;
		}
	};

	it('answers 404 to a POST naming the reserved action and lets everything else through', async () => {
		expect(await run('POST', '/admin/users?/default')).toBe(404);
		expect(await run('POST', '/login?/default')).toBe(404);
		expect(await run('POST', '/admin/users?/access')).toBe(200);
		expect(await run('POST', '/login')).toBe(200);
		expect(await run('GET', '/admin/users?/default')).toBe(200);
	});
});
