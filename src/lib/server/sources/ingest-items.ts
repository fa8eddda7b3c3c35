// Fetched items into the archive, as one ingest run, and each item's outcome onto its source:
// new, a duplicate of something already in, or failed with the reason.
import type { Db } from '../db/connect';
import { settleItem } from '../db/queries/sources';
import type { ArticleExtractor } from '../ingest/extractor';
import { ingest } from '../ingest/pipeline';
import type { RawItem } from '../ingest/types';

export interface FetchedItem {
	sourceId: number;
	key: string;
	item: RawItem;
}

export interface IngestedItems {
	new: number;
	duplicate: number;
	failed: number;
}

/** Throws only when the run as a whole failed (the database): then every item may be tried again. */
export async function ingestItems(db: Db, extractor: ArticleExtractor, items: readonly FetchedItem[], sourceLabels: string[]): Promise<IngestedItems> {
	const summary = await ingest(db, items.map((i) => ({ item: i.item })), { trigger: 'poll', sources: sourceLabels, extractor });
	// Errors name an item by its origin; warnings (extraction failed, article kept) are not failures.
	const failures = new Map(summary.errors.filter((e) => !e.reason.startsWith('extraction failed')).map((e) => [e.item, e.reason]));
	for (const i of items) {
		const reason = failures.get(i.item.origin);
		await settleItem(db, i.sourceId, i.key, reason ? 'failed' : 'ingested', reason ?? null);
	}
	return { new: summary.new, duplicate: summary.duplicate + summary.nearDuplicate, failed: summary.failed };
}
