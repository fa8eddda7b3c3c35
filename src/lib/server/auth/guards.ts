// Role checks, run on the server in every load and form action that needs them (a layout's
// check does not cover actions, so each action calls requireRole itself).
import { error, redirect } from '@sveltejs/kit';
import type { UserRole } from '$lib/domain/vocabulary';
import type { SessionUser } from './types';

const RANK: Record<UserRole, number> = { editor: 1, admin: 2 };

export function hasRole(user: SessionUser | null, role: UserRole): user is SessionUser {
	return user !== null && RANK[user.role] >= RANK[role];
}

/** For form actions and endpoints: 401 without a session, 403 with too small a role. */
export function requireRole(locals: App.Locals, role: UserRole): SessionUser {
	if (!locals.user) error(401, 'Log in to do this.');
	if (!hasRole(locals.user, role)) error(403, 'Your account may not do this.');
	return locals.user;
}

/** For page loads: without a session, go to the login page and come back afterwards. */
export function requirePageRole(locals: App.Locals, url: URL, role: UserRole): SessionUser {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	return requireRole(locals, role);
}
