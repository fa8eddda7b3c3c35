// Login throttling: too many failed logins for one account, or from one address, in a window
// lock further attempts for a while — slowing password guessing without a permanent lockout
// that an attacker could use to keep an editor out.
//
// An attempt takes its slot under both limits *before* the password is checked, and the slot
// stays as the failure unless the password was right. Counting first and recording after the
// check let a burst of simultaneous guesses all pass the count (issue 15: 46–59 of 60 checked).
import type { Db } from '../db/connect';
import { clearRateEvents, pruneRateEvents, releaseRateEvents, takeRateEvents, type RateTake } from '../db/queries/rate-events';
import { normalizeEmail } from '../db/queries/users';
import { hashToken } from './tokens';

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

// Bucket names predate slots taken before the check; a slot that is not given back is a failure.
const ACCOUNT_BUCKET = 'login-fail-account';
const IP_BUCKET = 'login-fail-ip';

const accountKey = (email: string) => hashToken(`account:${normalizeEmail(email)}`);
const ipKey = (ip: string) => hashToken(`ip:${ip}`);

/** Takes one attempt under the account and the address limits, or says how many seconds to wait. */
export async function takeLoginAttempt(db: Db, email: string, ip: string): Promise<RateTake> {
	const taken = await takeRateEvents(db, [
		{ bucket: ACCOUNT_BUCKET, key: accountKey(email), max: MAX_FAILURES_PER_ACCOUNT, windowSeconds: LOGIN_WINDOW_SECONDS },
		{ bucket: IP_BUCKET, key: ipKey(ip), max: MAX_FAILURES_PER_IP, windowSeconds: LOGIN_WINDOW_SECONDS }
	]);
	// Cheap housekeeping now and then keeps the table small without a scheduler.
	if (taken.taken && Math.random() < 0.05) await pruneRateEvents(db, 24 * 60 * 60);
	return taken;
}

/**
 * A successful login gives back its slot and forgets the account's failures (not the address's:
 * one account is not proof for all).
 */
export async function forgiveLoginAttempt(db: Db, email: string, eventIds: readonly number[]): Promise<void> {
	await releaseRateEvents(db, eventIds);
	await clearRateEvents(db, ACCOUNT_BUCKET, accountKey(email));
}

/** Generic limit for public forms (problem reports): at most `max` per address per window. */
export async function takeRateLimit(db: Db, bucket: string, ip: string, max: number, windowSeconds: number): Promise<boolean> {
	return (await takeRateEvents(db, [{ bucket, key: ipKey(ip), max, windowSeconds }])).taken;
}
