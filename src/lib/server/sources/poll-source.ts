// One poll of a source: read its feed (a conditional GET) or its page list, and claim the items it
// has not seen. What is claimed here is fetched once, by whoever got it: the claim is an insert of
// the item's row (db/queries/sources.ts), which only one poll can make.
import type { Db } from '../db/connect';
import { claimNewItems, recordPollSuccess, type SourceRecord } from '../db/queries/sources';
import { parseFeed } from '../ingest/sources/feed';
import { NotModified } from '../ingest/sources/fetch-page';
import { htmlToText } from '../ingest/sources/readable-html';
import type { PoliteFetcher } from '../ingest/polite/polite-fetcher';

/** A feed body this long is the article itself, not a teaser (as ingest/sources/web.ts judges). */
const FULL_TEXT_CHARS = 1200;

/** An item to fetch and ingest: what the feed said about it, and its text when the feed carried it whole. */
export interface ClaimedItem {
	sourceId: number;
	key: string;
	url: string | null;
	title: string | null;
	published: string | null;
	text: string | null;
}

export interface PollResult {
	/** Entries the source listed this time (0 when the feed had not changed). */
	listed: number;
	notModified: boolean;
	claimed: ClaimedItem[];
}

export async function pollSource(db: Db, fetcher: PoliteFetcher, source: SourceRecord): Promise<PollResult> {
	if (source.kind === 'pages') {
		const claimed = await claimNewItems(db, source.id, source.pages.map((url) => ({ key: url, url })));
		await recordPollSuccess(db, source.id, { seen: source.pages.length });
		return { listed: source.pages.length, notModified: false, claimed: claimed.map((c) => ({ sourceId: source.id, key: c.key, url: c.url, title: null, published: null, text: null })) };
	}
	if (source.kind !== 'feed' || !source.url) throw new Error(`source ${source.id} (${source.name}) has nothing to poll`);
	let page;
	try {
		page = await fetcher.fetch(source.url, { etag: source.etag, lastModified: source.lastModified });
	} catch (error) {
		if (error instanceof NotModified) {
			await recordPollSuccess(db, source.id, { seen: 0 });
			return { listed: 0, notModified: true, claimed: [] };
		}
		throw error;
	}
	const entries = parseFeed(page.text);
	const byKey = new Map(entries.map((e) => [e.key, e]));
	const claimed = await claimNewItems(db, source.id, entries.map((e) => ({ key: e.key, url: e.link })));
	await recordPollSuccess(db, source.id, { seen: entries.length, etag: page.etag, lastModified: page.lastModified });
	return {
		listed: entries.length,
		notModified: false,
		claimed: claimed.map((c) => {
			const entry = byKey.get(c.key);
			const summary = entry?.content ? htmlToText(entry.content) : '';
			const whole = summary.length >= FULL_TEXT_CHARS || !entry?.link;
			return { sourceId: source.id, key: c.key, url: c.url, title: entry?.title ?? null, published: entry?.published ?? null, text: whole ? summary : null };
		})
	};
}
