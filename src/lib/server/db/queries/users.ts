// Editor and admin accounts.
import type { UserRole } from '$lib/domain/vocabulary';
import type { Db } from '../connect';

export interface UserRecord {
	id: number;
	email: string;
	name: string;
	role: UserRole;
	passwordHash: string;
	createdAt: Date;
	disabledAt: Date | null;
}

/** Emails are compared case-insensitively: stored lower-cased and trimmed. */
export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

type Row = {
	id: number;
	email: string;
	name: string;
	role: UserRole;
	password_hash: string;
	created_at: Date;
	disabled_at: Date | null;
};

function toUser(row: Row): UserRecord {
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		role: row.role,
		passwordHash: row.password_hash,
		createdAt: row.created_at,
		disabledAt: row.disabled_at
	};
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
	const row = await db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
	return row ? toUser(row) : null;
}

export async function insertUser(
	db: Db,
	user: { email: string; name: string; role: UserRole; passwordHash: string }
): Promise<UserRecord> {
	const row = await db
		.insertInto('users')
		.values({ email: normalizeEmail(user.email), name: user.name, role: user.role, password_hash: user.passwordHash })
		.returningAll()
		.executeTakeFirstOrThrow();
	return toUser(row);
}

export async function listUsers(db: Db): Promise<UserRecord[]> {
	const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
	return rows.map(toUser);
}

export async function setUserDisabled(db: Db, userId: number, disabled: boolean): Promise<void> {
	await db
		.updateTable('users')
		.set({ disabled_at: disabled ? new Date() : null })
		.where('id', '=', userId)
		.execute();
}

export async function setUserPasswordHash(db: Db, userId: number, passwordHash: string): Promise<void> {
	await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

export async function setUserRole(db: Db, userId: number, role: UserRole): Promise<void> {
	await db.updateTable('users').set({ role }).where('id', '=', userId).execute();
}
