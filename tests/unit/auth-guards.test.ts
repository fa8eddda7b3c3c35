import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { requirePageRole, requireRole } from '../../src/lib/server/auth/guards';
import type { SessionUser } from '../../src/lib/server/auth/types';

const locals = (user: SessionUser | null): App.Locals => ({ requestId: 'test', lang: 'id', user, session: null }) as App.Locals;
const editor: SessionUser = { id: 1, email: 'e@example.org', name: 'E', role: 'editor' };
const admin: SessionUser = { id: 2, email: 'a@example.org', name: 'A', role: 'admin' };

function statusOf(fn: () => unknown): number | 'ok' {
	try {
		fn();
		return 'ok';
	} catch (error) {
		if (isHttpError(error)) return error.status;
		if (isRedirect(error)) return error.status;
		throw error;
	}
}

describe('role checks', () => {
	it.each([
		['editor', null, 401],
		['editor', editor, 'ok'],
		['editor', admin, 'ok'],
		['admin', null, 401],
		['admin', editor, 403],
		['admin', admin, 'ok']
	] as const)('requireRole(%s) with %o → %s', (role, user, expected) => {
		expect(statusOf(() => requireRole(locals(user), role))).toBe(expected);
	});

	it('sends anonymous page visits to the login page with a return path', () => {
		try {
			requirePageRole(locals(null), new URL('http://x/admin/review?page=2'), 'editor');
			expect.unreachable();
		} catch (error) {
			expect(isRedirect(error) && error.location).toBe('/login?next=%2Fadmin%2Freview%3Fpage%3D2');
		}
	});
});
