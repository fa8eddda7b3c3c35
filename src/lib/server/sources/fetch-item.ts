// The article behind a claimed item: its page read politely and reduced to its readable text
// (or the text the feed already carried in full).
import type { PoliteFetcher } from '../ingest/polite/polite-fetcher';
import { readableFromHtml } from '../ingest/sources/readable-html';
import type { RawItem } from '../ingest/types';
import type { ClaimedItem } from './poll-source';

export async function fetchItem(fetcher: PoliteFetcher, item: ClaimedItem): Promise<RawItem> {
	const origin = item.url ?? `source ${item.sourceId}: ${item.key}`;
	if (item.text !== null || !item.url) return { origin, url: item.url, title: item.title, published: item.published, text: item.text ?? '' };
	const page = await fetcher.fetch(item.url);
	const readable = readableFromHtml(page.text);
	return {
		origin,
		url: page.url,
		text: readable.text,
		title: readable.title ?? item.title,
		published: item.published ?? readable.published,
		outlet: readable.siteName,
		lang: readable.lang
	};
}
