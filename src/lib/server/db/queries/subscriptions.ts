// Email alert subscriptions (issue 12, item 5): one row per address and followed scope, kept only
// to send that scope's digest. Tokens are stored as SHA-256; the row is deleted on unsubscribe and
// an unconfirmed one after a week. Claims are atomic so several servers never send one digest twice.
import { sql } from 'kysely';
import type { Db } from '../connect';

export interface PendingSubscription {
	email: string;
	scope: string;
	label: string;
	lang: 'id' | 'en';
	confirmTokenHash: string;
}

export type SubscribeOutcome = 'pending' | 'already-confirmed';

/**
 * A new request for an address and scope, or a repeated one while unconfirmed (new tokens, so only
 * the latest mail's link works). A confirmed subscription is left as it is.
 */
export async function savePendingSubscription(db: Db, s: PendingSubscription): Promise<SubscribeOutcome> {
	const existing = await db.selectFrom('subscriptions').select(['id', 'confirmed_at']).where('email', '=', s.email).where('scope', '=', s.scope).executeTakeFirst();
	if (existing?.confirmed_at) return 'already-confirmed';
	if (existing) {
		await db
			.updateTable('subscriptions')
			.set({ label: s.label, lang: s.lang, confirm_token_hash: s.confirmTokenHash, requested_at: new Date() })
			.where('id', '=', existing.id)
			.execute();
		return 'pending';
	}
	await db
		.insertInto('subscriptions')
		.values({ email: s.email, scope: s.scope, label: s.label, lang: s.lang, confirm_token_hash: s.confirmTokenHash })
		.onConflict((oc) => oc.columns(['email', 'scope']).doNothing())
		.execute();
	return 'pending';
}

export interface SubscriptionView {
	id: number;
	email: string;
	scope: string;
	label: string;
	lang: 'id' | 'en';
	confirmed: boolean;
}

const view = (r: { id: number; email: string; scope: string; label: string; lang: 'id' | 'en'; confirmed_at: Date | null }): SubscriptionView => ({
	id: r.id,
	email: r.email,
	scope: r.scope,
	label: r.label,
	lang: r.lang,
	confirmed: r.confirmed_at !== null
});

/** An unconfirmed request younger than `maxAgeDays`, by its confirmation token's hash. */
export async function findByConfirmToken(db: Db, hash: string, maxAgeDays: number): Promise<SubscriptionView | null> {
	const r = await db
		.selectFrom('subscriptions')
		.select(['id', 'email', 'scope', 'label', 'lang', 'confirmed_at'])
		.where('confirm_token_hash', '=', hash)
		.where('requested_at', '>', sql<Date>`now() - make_interval(days => ${maxAgeDays})`)
		.executeTakeFirst();
	return r ? view(r) : null;
}

export async function findByUnsubscribeToken(db: Db, hash: string): Promise<SubscriptionView | null> {
	const r = await db
		.selectFrom('subscription_tokens as k')
		.innerJoin('subscriptions as s', 's.id', 'k.subscription_id')
		.select(['s.id', 's.email', 's.scope', 's.label', 's.lang', 's.confirmed_at'])
		.where('k.token_hash', '=', hash)
		.executeTakeFirst();
	return r ? view(r) : null;
}

/** Records the hash of an unsubscribe token about to be mailed. */
export async function addUnsubscribeToken(db: Db, subscriptionId: number, hash: string): Promise<void> {
	await db.insertInto('subscription_tokens').values({ token_hash: hash, subscription_id: subscriptionId }).execute();
}

/** Confirms; the digest starts with what happens from now on. */
export async function confirmSubscription(db: Db, id: number, now: Date): Promise<void> {
	await db.updateTable('subscriptions').set({ confirmed_at: now, confirm_token_hash: null, digest_since: now }).where('id', '=', id).where('confirmed_at', 'is', null).execute();
}

/** Deletes the row (and its tokens): the address is kept for nothing else. True when there was one. */
export async function deleteByUnsubscribeToken(db: Db, hash: string): Promise<boolean> {
	const owner = db.selectFrom('subscription_tokens').select('subscription_id').where('token_hash', '=', hash);
	const rows = await db.deleteFrom('subscriptions').where('id', 'in', owner).returning('id').execute();
	return rows.length > 0;
}

/** Unconfirmed requests older than `days` are forgotten. */
export async function purgeUnconfirmed(db: Db, days: number): Promise<number> {
	const rows = await db
		.deleteFrom('subscriptions')
		.where('confirmed_at', 'is', null)
		.where('requested_at', '<', sql<Date>`now() - make_interval(days => ${days})`)
		.returning('id')
		.execute();
	return rows.length;
}

export interface DigestClaim {
	id: number;
	email: string;
	scope: string;
	label: string;
	lang: 'id' | 'en';
	since: Date;
	/** What last_digest_at was, to give the claim back when nothing is sent. */
	previousDigestAt: Date | null;
}

/** Confirmed subscriptions whose last digest is at least `minHours` old (or never sent). */
export async function listDueSubscriptionIds(db: Db, now: Date, minHours: number, afterId: number, limit: number): Promise<number[]> {
	const since = new Date(now.getTime() - minHours * 3600_000);
	const rows = await db
		.selectFrom('subscriptions')
		.select('id')
		.where('confirmed_at', 'is not', null)
		.where('id', '>', afterId)
		.where((eb) => eb.or([eb('last_digest_at', 'is', null), eb('last_digest_at', '<=', since)]))
		.orderBy('id')
		.limit(limit)
		.execute();
	return rows.map((r) => r.id);
}

/**
 * Takes a due subscription for this run: sets last_digest_at only if it is still due, so when
 * several servers run digests at once exactly one of them gets each subscription.
 */
export async function claimDigest(db: Db, id: number, now: Date, minHours: number): Promise<DigestClaim | null> {
	const since = new Date(now.getTime() - minHours * 3600_000);
	const before = await db.selectFrom('subscriptions').select('last_digest_at').where('id', '=', id).executeTakeFirst();
	if (!before) return null;
	const r = await db
		.updateTable('subscriptions')
		.set({ last_digest_at: now })
		.where('id', '=', id)
		.where('confirmed_at', 'is not', null)
		.where((eb) => (before.last_digest_at === null ? eb('last_digest_at', 'is', null) : eb('last_digest_at', '=', before.last_digest_at)))
		.where((eb) => eb.or([eb('last_digest_at', 'is', null), eb('last_digest_at', '<=', since)]))
		.returning(['id', 'email', 'scope', 'label', 'lang', 'digest_since', 'confirmed_at'])
		.executeTakeFirst();
	if (!r) return null;
	return { id: r.id, email: r.email, scope: r.scope, label: r.label, lang: r.lang, since: new Date(r.digest_since ?? r.confirmed_at!), previousDigestAt: before.last_digest_at };
}

/** After a digest went out: the next one starts where this one ended. */
export async function markDigestSent(db: Db, id: number, until: Date): Promise<void> {
	await db.updateTable('subscriptions').set({ digest_since: until }).where('id', '=', id).execute();
}

/** Nothing new (or the send failed): give the claim back, so the next run looks again. */
export async function releaseDigestClaim(db: Db, claim: DigestClaim, now: Date): Promise<void> {
	await db.updateTable('subscriptions').set({ last_digest_at: claim.previousDigestAt }).where('id', '=', claim.id).where('last_digest_at', '=', now).execute();
}
