// Checks an email and password: throttled, constant-time, the same answer for "no such account",
// "wrong password" and "disabled", so the login form reveals nothing about who has an account.
import type { Db } from '../db/connect';
import { findUserByEmail } from '../db/queries/users';
import { dummyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from './password';
import { clearLoginFailures, loginRetryAfter, recordLoginFailure } from './throttle';
import type { SessionUser } from './types';

export type LoginResult =
	| { ok: true; user: SessionUser }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function attemptLogin(db: Db, email: string, password: string, ip: string): Promise<LoginResult> {
	const retryAfterSeconds = await loginRetryAfter(db, email, ip);
	if (retryAfterSeconds > 0) return { ok: false, reason: 'throttled', retryAfterSeconds };
	const user = await findUserByEmail(db, email);
	const hash = user?.passwordHash ?? (await dummyPasswordHash());
	const matches = password.length <= MAX_PASSWORD_LENGTH && (await verifyPassword(password, hash));
	if (!user || !matches || user.disabledAt) {
		await recordLoginFailure(db, email, ip);
		return { ok: false, reason: 'invalid' };
	}
	await clearLoginFailures(db, email);
	return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
