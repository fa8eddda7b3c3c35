// Feed entries already read, so polling fetches each linked page once. The table comes from the
// ingestion migration; its type is declared here to keep the shared schema.ts untouched.
import type { Db } from '../connect';

interface FeedItemsSeenTable {
	feed: string;
	item_key: string;
}

const withSeen = (db: Db) => db.withTables<{ feed_items_seen: FeedItemsSeenTable }>();

export async function loadSeenFeedItems(db: Db, feeds: string[]): Promise<Set<string>> {
	if (feeds.length === 0) return new Set();
	const rows = await withSeen(db).selectFrom('feed_items_seen').select(['feed', 'item_key']).where('feed', 'in', feeds).execute();
	return new Set(rows.map((r) => `${r.feed}\n${r.item_key}`));
}

export async function markFeedItemsSeen(db: Db, items: { feed: string; key: string }[]): Promise<void> {
	if (items.length === 0) return;
	await withSeen(db)
		.insertInto('feed_items_seen')
		.values(items.map((i) => ({ feed: i.feed, item_key: i.key })))
		.onConflict((oc) => oc.doNothing())
		.execute();
}
