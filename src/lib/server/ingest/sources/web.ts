// Articles from the web: a feed URL or file (each entry, followed to its page when the feed only
// carries a summary) and a single article URL (its readable body).
import type { RawItem, SourceEvent } from '../types';
import { looksLikeFeed, parseFeed, type FeedEntry } from './feed';
import { DEFAULT_LIMITS, fetchPage, FetchFailed, type FetchLimits } from './fetch-page';
import { htmlToText, readableFromHtml } from './readable-html';

/** A feed body this long is the article itself, not a teaser. */
const FULL_TEXT_CHARS = 1200;

export interface WebOptions {
	limits?: FetchLimits;
	/** Polling: entries already ingested are skipped without fetching. */
	isSeen?: (feed: string, key: string) => boolean;
	onEntry?: (feed: string, key: string, origin: string) => void;
}

export async function itemFromPage(url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<RawItem> {
	const page = await fetchPage(url, limits);
	const readable = readableFromHtml(page.text);
	return { origin: url, url: page.url, text: readable.text, title: readable.title, published: readable.published, outlet: readable.siteName, lang: readable.lang };
}

async function itemFromEntry(origin: string, entry: FeedEntry, limits: FetchLimits): Promise<RawItem> {
	const summary = entry.content ? htmlToText(entry.content) : '';
	if (summary.length >= FULL_TEXT_CHARS || !entry.link) {
		return { origin, url: entry.link, title: entry.title, published: entry.published, text: summary };
	}
	const page = await itemFromPage(entry.link, limits);
	return { ...page, origin, title: page.title ?? entry.title, published: entry.published ?? page.published };
}

export async function* itemsFromFeedText(label: string, xml: string, options: WebOptions = {}): AsyncGenerator<SourceEvent> {
	let entries: FeedEntry[];
	try {
		entries = parseFeed(xml);
	} catch (error) {
		yield { error: { item: label, reason: (error as Error).message } };
		return;
	}
	for (const [i, entry] of entries.entries()) {
		if (options.isSeen?.(label, entry.key)) continue;
		const origin = entry.link ?? `${label}#${i + 1}`;
		try {
			yield { item: await itemFromEntry(origin, entry, options.limits ?? DEFAULT_LIMITS) };
			options.onEntry?.(label, entry.key, origin);
		} catch (error) {
			yield { error: { item: origin, reason: (error as Error).message } };
		}
	}
}

/** A URL: a feed when the response is a feed, else an article page. */
export async function* itemsFromUrl(url: string, options: WebOptions = {}): AsyncGenerator<SourceEvent> {
	const limits = options.limits ?? DEFAULT_LIMITS;
	let page;
	try {
		page = await fetchPage(url, limits);
	} catch (error) {
		yield { error: { item: url, reason: error instanceof FetchFailed ? error.message : String(error) } };
		return;
	}
	if (/(rss|atom|xml)/i.test(page.contentType) || looksLikeFeed(page.text)) {
		yield* itemsFromFeedText(url, page.text, options);
		return;
	}
	if (!/html|text\/plain/i.test(page.contentType) && page.contentType !== '') {
		yield { error: { item: url, reason: `not a web page or feed (content type ${page.contentType})` } };
		return;
	}
	const readable = readableFromHtml(page.text);
	yield { item: { origin: url, url: page.url, text: readable.text, title: readable.title, published: readable.published, outlet: readable.siteName, lang: readable.lang } };
}
