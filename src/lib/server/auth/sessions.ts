// Login sessions: a random token in an HttpOnly cookie, its SHA-256 in the database. Sessions
// expire after SESSION_DAYS of inactivity: a request in the second half of the lifetime renews it.
import type { Db } from '../db/connect';
import { deleteSession, extendSession, findSessionWithUser, insertSession } from '../db/queries/sessions';
import { generateToken, hashToken } from './tokens';
import type { ActiveSession, SessionUser } from './types';

export const SESSION_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function createSession(db: Db, userId: number, now = new Date()): Promise<{ token: string; session: ActiveSession }> {
	const token = generateToken();
	const session = { id: hashToken(token), expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS) };
	await insertSession(db, { id: session.id, userId, expiresAt: session.expiresAt });
	return { token, session };
}

export interface ValidatedSession {
	user: SessionUser;
	session: ActiveSession;
	/** True when the expiry moved, so the cookie must be sent again with the new date. */
	renewed: boolean;
}

export async function validateSessionToken(db: Db, token: string, now = new Date()): Promise<ValidatedSession | null> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
	const id = hashToken(token);
	const found = await findSessionWithUser(db, id);
	if (!found) return null;
	if (found.expiresAt.getTime() <= now.getTime() || found.user.disabled) {
		await deleteSession(db, id);
		return null;
	}
	let expiresAt = found.expiresAt;
	let renewed = false;
	if (expiresAt.getTime() - now.getTime() < (SESSION_DAYS * DAY_MS) / 2) {
		expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
		await extendSession(db, id, expiresAt);
		renewed = true;
	}
	const { id: userId, email, name, role } = found.user;
	return { user: { id: userId, email, name, role }, session: { id, expiresAt }, renewed };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await deleteSession(db, sessionId);
}
