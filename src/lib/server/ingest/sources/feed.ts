// RSS 2.0 and Atom feeds, parsed with fast-xml-parser into plain entries.
import { XMLParser } from 'fast-xml-parser';

export interface FeedEntry {
	title: string | null;
	link: string | null;
	/** A stable key for "have I seen this": guid/id, else the link, else the title. */
	key: string;
	published: string | null;
	/** Whatever body the feed carried (HTML or text); often only a summary. */
	content: string | null;
}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	textNodeName: '#text',
	processEntities: true,
	htmlEntities: true,
	isArray: (name) => name === 'item' || name === 'entry' || name === 'link'
});

function text(value: unknown): string | null {
	if (value == null) return null;
	if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
	if (typeof value === 'object' && '#text' in (value as Record<string, unknown>)) return text((value as Record<string, unknown>)['#text']);
	return null;
}

function atomLink(links: unknown): string | null {
	const list = Array.isArray(links) ? links : [links];
	let fallback: string | null = null;
	for (const link of list) {
		if (typeof link === 'string') return link;
		if (link && typeof link === 'object') {
			const attrs = link as Record<string, unknown>;
			const href = text(attrs['@href']);
			if (!href) continue;
			if (!attrs['@rel'] || attrs['@rel'] === 'alternate') return href;
			fallback ??= href;
		}
	}
	return fallback;
}

export class NotAFeed extends Error {}

export function looksLikeFeed(text: string): boolean {
	const head = text.slice(0, 1000).trimStart();
	return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head);
}

export function parseFeed(xml: string): FeedEntry[] {
	let doc: Record<string, unknown>;
	try {
		doc = parser.parse(xml) as Record<string, unknown>;
	} catch (error) {
		throw new NotAFeed(`feed is not well-formed XML: ${(error as Error).message}`);
	}
	const rss = doc.rss as { channel?: { item?: Record<string, unknown>[] } } | undefined;
	const atom = doc.feed as { entry?: Record<string, unknown>[] } | undefined;
	const rdf = doc['rdf:RDF'] as { item?: Record<string, unknown>[] } | undefined;
	if (rss?.channel || rdf) {
		return (rss?.channel?.item ?? rdf?.item ?? []).map((item, i) => {
			const link = text(Array.isArray(item.link) ? item.link[0] : item.link);
			const title = text(item.title);
			return {
				title,
				link,
				key: text(item.guid) ?? link ?? title ?? `#${i}`,
				published: text(item.pubDate) ?? text(item['dc:date']),
				content: text(item['content:encoded']) ?? text(item.description)
			};
		});
	}
	if (atom) {
		return (atom.entry ?? []).map((entry, i) => {
			const link = atomLink(entry.link);
			const title = text(entry.title);
			return {
				title,
				link,
				key: text(entry.id) ?? link ?? title ?? `#${i}`,
				published: text(entry.published) ?? text(entry.updated),
				content: text(entry.content) ?? text(entry.summary)
			};
		});
	}
	throw new NotAFeed('not an RSS or Atom feed (no <rss><channel> or <feed> element)');
}
