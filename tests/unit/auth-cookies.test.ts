import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../../src/lib/server/auth/cookies';

type Call = { name: string; value?: string; options: Parameters<Cookies['set']>[2] };

function recorder() {
	const calls: Call[] = [];
	const cookies = {
		set: (name: string, value: string, options: Call['options']) => calls.push({ name, value, options }),
		delete: (name: string, options: Call['options']) => calls.push({ name, options })
	} as unknown as Cookies;
	return { cookies, calls };
}

describe('session cookie', () => {
	it('is HttpOnly and SameSite=Lax, and Secure exactly when the site is served over HTTPS', () => {
		const expires = new Date('2026-12-01T00:00:00Z');
		for (const [origin, secure] of [
			['https://pledgewatch.example/admin', true],
			['http://127.0.0.1:3000/admin', false]
		] as const) {
			const { cookies, calls } = recorder();
			setSessionCookie(cookies, new URL(origin), 'token-value', expires);
			expect(calls).toEqual([{ name: SESSION_COOKIE, value: 'token-value', options: { path: '/', httpOnly: true, sameSite: 'lax', secure, expires } }]);
			clearSessionCookie(cookies, new URL(origin));
			expect(calls[1]).toEqual({ name: SESSION_COOKIE, options: { path: '/', httpOnly: true, sameSite: 'lax', secure } });
		}
	});
});
