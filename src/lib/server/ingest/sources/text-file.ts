// A .txt or .md article, with optional front matter (--- key: value --- ) for its metadata.
import type { RawItem } from '../types';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function itemFromText(origin: string, text: string): RawItem {
	const item: RawItem = { origin, text };
	const match = FRONT_MATTER.exec(text);
	if (match) {
		item.text = text.slice(match[0].length);
		for (const line of match[1].split(/\r?\n/)) {
			const colon = line.indexOf(':');
			if (colon < 1) continue;
			const key = line.slice(0, colon).trim().toLowerCase();
			const value = line.slice(colon + 1).trim().replace(/^(["'])(.*)\1$/, '$2');
			if (key === 'title') item.title = value;
			else if (key === 'url' || key === 'link') item.url = value;
			else if (key === 'published' || key === 'date') item.published = value;
			else if (key === 'outlet' || key === 'source') item.outlet = value;
			else if (key === 'lang' || key === 'language') item.lang = value;
		}
	}
	// Markdown: a leading "# Title" line is the title when front matter gave none.
	const heading = /^#\s+(.+)\n/.exec(item.text.trimStart());
	if (heading && !item.title) {
		item.title = heading[1].trim();
		item.text = item.text.trimStart().slice(heading[0].length);
	}
	return item;
}
