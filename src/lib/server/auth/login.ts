// Checks an email and password: throttled, constant-time, the same answer for "no such account",
// "wrong password" and "disabled", so the login form reveals nothing about who has an account.
import type { Db } from '../db/connect';
import { findUserByEmail } from '../db/queries/users';
import { dummyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from './password';
import { forgiveLoginAttempt, takeLoginAttempt } from './throttle';
import type { SessionUser } from './types';

export type LoginResult =
	| { ok: true; user: SessionUser }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function attemptLogin(db: Db, email: string, password: string, ip: string): Promise<LoginResult> {
	// The attempt counts from here on; only the right password gives its slot back.
	const attempt = await takeLoginAttempt(db, email, ip);
	if (!attempt.taken) return { ok: false, reason: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds };
	const user = await findUserByEmail(db, email);
	const hash = user?.passwordHash ?? (await dummyPasswordHash());
	const matches = password.length <= MAX_PASSWORD_LENGTH && (await verifyPassword(password, hash));
	if (!user || !matches || user.disabledAt) return { ok: false, reason: 'invalid' };
	await forgiveLoginAttempt(db, email, attempt.eventIds);
	return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
