// Scheduled polling of a list of feeds: every interval, read each feed, skip entries already
// seen, ingest the rest, and remember what landed.
import { readFile } from 'node:fs/promises';
import type { Db } from '../db/connect';
import { loadSeenFeedItems, markFeedItemsSeen } from '../db/queries/feed-items-seen';
import type { ArticleExtractor } from './extractor';
import { ingest } from './pipeline';
import { readSources } from './sources';
import type { IngestSummary } from './types';

/** "30m", "2h", "45s", "1d" → milliseconds. */
export function parseInterval(text: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)$/i.exec(text.trim());
	if (!match) throw new Error(`--every: "${text}" is not an interval like 30m, 2h or 1d`);
	const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2].toLowerCase() as 's' | 'm' | 'h' | 'd'];
	return Number(match[1]) * unit;
}

export async function readFeedList(file: string): Promise<string[]> {
	const text = await readFile(file, 'utf8');
	return text
		.split(/\r?\n/)
		.map((line) => line.replace(/#.*/, '').trim())
		.filter(Boolean);
}

/** One polling round over the feeds. */
export async function pollFeedsOnce(db: Db, feeds: string[], extractor: ArticleExtractor, onError?: (e: { item: string; reason: string }) => void): Promise<IngestSummary> {
	const seen = await loadSeenFeedItems(db, feeds);
	const entries: { feed: string; key: string; origin: string }[] = [];
	const summary = await ingest(
		db,
		readSources(feeds, {
			isSeen: (feed, key) => seen.has(`${feed}\n${key}`),
			onEntry: (feed, key, origin) => entries.push({ feed, key, origin })
		}),
		{ trigger: 'poll', sources: feeds, extractor, onError }
	);
	// Entries whose article failed stay unseen, so the next round tries them again.
	const failed = new Set(summary.errors.map((e) => e.item));
	await markFeedItemsSeen(db, entries.filter((e) => !failed.has(e.origin)));
	return summary;
}
