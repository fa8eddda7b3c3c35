// The digest (issue 12, item 5): for each confirmed subscription whose last digest is a day old
// (or that never had one), the new pledges and status changes of its scope since the last digest,
// in one email with a one-click unsubscribe link. Nothing new, nothing sent. Each subscription is
// claimed atomically first, so any number of servers can run this at once.
import { generateToken, hashToken } from '../auth/tokens';
import { parseFollowScope, scopePledgesHref } from '$lib/filters/follow-scope';
import type { Db } from '../db/connect';
import { findNewPledges, findStatusChanges } from '../db/queries/follow-events';
import { addUnsubscribeToken, claimDigest, listDueSubscriptionIds, markDigestSent, purgeUnconfirmed, releaseDigestClaim } from '../db/queries/subscriptions';
import { CONFIRM_DAYS } from './alerts';
import { digestMail } from './emails';
import type { Mailer } from './mailer';

/** At most one digest per subscription in this many hours. */
export const DIGEST_MIN_HOURS = 24;
/** Items of each kind listed in one email; the rest are one link away. */
const LISTED = 20;
/** Items of each kind counted for "… and N more" (a busier day says "200 more"). */
const COUNTED = 220;
const BATCH = 200;
/**
 * A digest covers events up to this long before the run: a pledge's created_at is the start of the
 * transaction that stored it, so an ingest still running when the digest reads would otherwise
 * land before the next window's start and be skipped for good.
 */
export const SETTLE_MS = 2 * 60_000;

export interface DigestRun {
	sent: number;
	/** Due, but nothing new happened in its scope. */
	empty: number;
	failed: number;
	purged: number;
}

export async function sendDueDigests(db: Db, mailer: Mailer, options: { origin: string; now?: Date }): Promise<DigestRun> {
	const now = options.now ?? new Date();
	const run: DigestRun = { sent: 0, empty: 0, failed: 0, purged: await purgeUnconfirmed(db, CONFIRM_DAYS) };
	let after = 0;
	for (;;) {
		const ids = await listDueSubscriptionIds(db, now, DIGEST_MIN_HOURS, after, BATCH);
		if (ids.length === 0) break;
		for (const id of ids) {
			after = id;
			const claim = await claimDigest(db, id, now, DIGEST_MIN_HOURS);
			if (!claim) continue; // another server took it
			try {
				const scope = parseFollowScope(claim.scope);
				const until = new Date(now.getTime() - SETTLE_MS);
				const window = { since: claim.since, until, limit: COUNTED };
				const [pledges, changes] = await Promise.all([findNewPledges(db, scope.filters, window), findStatusChanges(db, scope.filters, window)]);
				if (pledges.length + changes.length === 0) {
					await releaseDigestClaim(db, claim, now);
					run.empty++;
					continue;
				}
				const token = generateToken('u_');
				await addUnsubscribeToken(db, claim.id, hashToken(token));
				const mail = digestMail(claim.email, claim.label, claim.lang, options.origin, `${options.origin}/follow/unsubscribe?token=${token}`, {
					pledges: pledges.slice(0, LISTED),
					changes: changes.slice(0, LISTED),
					morePledges: Math.max(0, pledges.length - LISTED),
					moreChanges: Math.max(0, changes.length - LISTED),
					listUrl: `${options.origin}${scopePledgesHref(scope)}`
				});
				await mailer.send(mail);
				await markDigestSent(db, claim.id, until);
				run.sent++;
			} catch (error) {
				// The next run tries again; one bad address must not stop the others.
				console.error(`Digest for subscription ${claim.id} failed:`, (error as Error).message);
				await releaseDigestClaim(db, claim, now).catch(() => undefined);
				run.failed++;
			}
		}
	}
	return run;
}
