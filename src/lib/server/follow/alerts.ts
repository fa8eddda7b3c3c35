// Email alerts, double opt-in (issue 12, item 5): a request stores the address with hashed tokens
// and sends only a confirmation; nothing else is sent until its link is used. Requests are
// rate-limited per client address and per email address. Unsubscribing deletes the row.
import { z } from 'zod';
import { parseFollowScope } from '$lib/filters/follow-scope';
import type { UiLang } from '$lib/i18n/lang';
import { generateToken, hashToken } from '../auth/tokens';
import type { Db } from '../db/connect';
import { takeRateEvents } from '../db/queries/rate-events';
import { confirmSubscription, deleteByUnsubscribeToken, findByConfirmToken, findByUnsubscribeToken, savePendingSubscription, type SubscriptionView } from '../db/queries/subscriptions';
import { confirmationMail } from './emails';
import type { Mailer } from './mailer';
import { describeScope } from './scope-label';

/** A confirmation link is valid this long; an unconfirmed address is deleted after it. */
export const CONFIRM_DAYS = 7;
/** Requests per hour: from one client address (a household, an office) and to one email address. */
export const REQUESTS_PER_ADDRESS_PER_HOUR = 10;
export const REQUESTS_PER_EMAIL_PER_HOUR = 3;

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

export type RequestOutcome = 'sent' | 'already-confirmed' | 'bad-email' | 'unknown-scope' | 'rate-limited';

export interface SubscriptionRequest {
	email: string;
	scope: string;
	lang: UiLang;
	clientAddress: string;
	/** The site's address, for the link in the mail. */
	origin: string;
}

export async function requestSubscription(db: Db, mailer: Mailer, r: SubscriptionRequest): Promise<RequestOutcome> {
	const email = emailSchema.safeParse(r.email);
	if (!email.success) return 'bad-email';
	const scope = parseFollowScope(r.scope);
	const label = await describeScope(db, scope, r.lang);
	if (label === null) return 'unknown-scope';
	const taken = await takeRateEvents(db, [
		{ bucket: 'follow-address', key: hashToken(`address:${r.clientAddress}`), max: REQUESTS_PER_ADDRESS_PER_HOUR, windowSeconds: 3600 },
		{ bucket: 'follow-email', key: hashToken(`email:${email.data}`), max: REQUESTS_PER_EMAIL_PER_HOUR, windowSeconds: 3600 }
	]);
	if (!taken.taken) return 'rate-limited';
	const confirmToken = generateToken('c_');
	const outcome = await savePendingSubscription(db, {
		email: email.data,
		scope: scope.scope,
		label,
		lang: r.lang,
		confirmTokenHash: hashToken(confirmToken)
	});
	if (outcome === 'already-confirmed') return 'already-confirmed';
	await mailer.send(confirmationMail(email.data, label, r.lang, `${r.origin}/follow/confirm?token=${encodeURIComponent(confirmToken)}`));
	return 'sent';
}

const tokenOk = (token: string | null): token is string => !!token && token.length <= 100 && /^[A-Za-z0-9_-]+$/.test(token);

/** The unconfirmed request a confirmation link names, if still valid. */
export function findPendingByToken(db: Db, token: string | null): Promise<SubscriptionView | null> {
	return tokenOk(token) ? findByConfirmToken(db, hashToken(token), CONFIRM_DAYS) : Promise.resolve(null);
}

export async function confirmByToken(db: Db, token: string | null, now = new Date()): Promise<SubscriptionView | null> {
	const pending = await findPendingByToken(db, token);
	if (pending) await confirmSubscription(db, pending.id, now);
	return pending;
}

export function findByUnsubscribe(db: Db, token: string | null): Promise<SubscriptionView | null> {
	return tokenOk(token) ? findByUnsubscribeToken(db, hashToken(token)) : Promise.resolve(null);
}

export function unsubscribeByToken(db: Db, token: string | null): Promise<boolean> {
	return tokenOk(token) ? deleteByUnsubscribeToken(db, hashToken(token)) : Promise.resolve(false);
}
