// Login throttling: too many failed logins for one account, or from one address, in a window
// lock further attempts for a while — slowing password guessing without a permanent lockout
// that an attacker could use to keep an editor out.
import type { Db } from '../db/connect';
import { clearRateEvents, countRecentRateEvents, pruneRateEvents, recordRateEvent } from '../db/queries/rate-events';
import { normalizeEmail } from '../db/queries/users';
import { hashToken } from './tokens';

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

const accountKey = (email: string) => hashToken(`account:${normalizeEmail(email)}`);
const ipKey = (ip: string) => hashToken(`ip:${ip}`);

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export async function loginRetryAfter(db: Db, email: string, ip: string, now = new Date()): Promise<number> {
	const [account, address] = await Promise.all([
		countRecentRateEvents(db, 'login-fail-account', accountKey(email), LOGIN_WINDOW_SECONDS),
		countRecentRateEvents(db, 'login-fail-ip', ipKey(ip), LOGIN_WINDOW_SECONDS)
	]);
	const wait = (w: { count: number; oldest: Date | null }, max: number) =>
		w.count >= max && w.oldest ? Math.max(1, Math.ceil((w.oldest.getTime() + LOGIN_WINDOW_SECONDS * 1000 - now.getTime()) / 1000)) : 0;
	return Math.max(wait(account, MAX_FAILURES_PER_ACCOUNT), wait(address, MAX_FAILURES_PER_IP));
}

export async function recordLoginFailure(db: Db, email: string, ip: string): Promise<void> {
	await recordRateEvent(db, 'login-fail-account', accountKey(email));
	await recordRateEvent(db, 'login-fail-ip', ipKey(ip));
	// Cheap housekeeping on the (rare) failure path keeps the table small without a scheduler.
	if (Math.random() < 0.05) await pruneRateEvents(db, 24 * 60 * 60);
}

/** A successful login forgets the account's failures (not the address's: one account is not proof for all). */
export async function clearLoginFailures(db: Db, email: string): Promise<void> {
	await clearRateEvents(db, 'login-fail-account', accountKey(email));
}

/** Generic limit for public forms (problem reports): at most `max` per address per window. */
export async function takeRateLimit(db: Db, bucket: string, ip: string, max: number, windowSeconds: number): Promise<boolean> {
	const key = ipKey(ip);
	const { count } = await countRecentRateEvents(db, bucket, key, windowSeconds);
	if (count >= max) return false;
	await recordRateEvent(db, bucket, key);
	return true;
}
