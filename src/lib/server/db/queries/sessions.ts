// Server-side login sessions; `id` is the SHA-256 of the cookie token, never the token.
import type { UserRole } from '$lib/domain/vocabulary';
import type { Db } from '../connect';

export interface SessionWithUser {
	sessionId: string;
	expiresAt: Date;
	user: { id: number; email: string; name: string; role: UserRole; disabled: boolean };
}

export async function insertSession(db: Db, session: { id: string; userId: number; expiresAt: Date }): Promise<void> {
	await db.insertInto('sessions').values({ id: session.id, user_id: session.userId, expires_at: session.expiresAt }).execute();
}

export async function findSessionWithUser(db: Db, sessionId: string): Promise<SessionWithUser | null> {
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id as session_id',
			'sessions.expires_at',
			'users.id as user_id',
			'users.email',
			'users.name',
			'users.role',
			'users.disabled_at'
		])
		.where('sessions.id', '=', sessionId)
		.executeTakeFirst();
	if (!row) return null;
	return {
		sessionId: row.session_id,
		expiresAt: row.expires_at,
		user: { id: row.user_id, email: row.email, name: row.name, role: row.role, disabled: row.disabled_at !== null }
	};
}

export async function extendSession(db: Db, sessionId: string, expiresAt: Date): Promise<void> {
	await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteUserSessions(db: Db, userId: number): Promise<number> {
	const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
	await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}
