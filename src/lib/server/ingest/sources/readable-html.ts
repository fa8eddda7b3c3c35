// The readable body of a news page: Readability over a linkedom DOM drops navigation, scripts,
// share bars and comment blocks; then paragraph text is kept one per line.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ReadablePage {
	title: string | null;
	text: string;
	published: string | null;
	siteName: string | null;
	lang: string | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, li, blockquote, pre';

function metaContent(document: Document, selectors: string[]): string | null {
	for (const selector of selectors) {
		const value = document.querySelector(selector)?.getAttribute('content') ?? document.querySelector(selector)?.getAttribute('datetime');
		if (value?.trim()) return value.trim();
	}
	return null;
}

/** Paragraph text of an HTML fragment or document, one block per line. */
export function htmlToText(html: string): string {
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	for (const junk of document.querySelectorAll('script, style, noscript, iframe, form, nav, aside, footer')) junk.remove();
	const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
	const text = blocks.length > 0 ? blocks.map((el) => el.textContent ?? '').join('\n') : (document.body?.textContent ?? '');
	return text.replace(/[ \t]+/g, ' ').replace(/\n\s*/g, '\n').trim();
}

export function readableFromHtml(html: string): ReadablePage {
	const { document } = parseHTML(html);
	const published = metaContent(document as unknown as Document, [
		'meta[property="article:published_time"]',
		'meta[name="pubdate"]',
		'meta[name="publishdate"]',
		'meta[itemprop="datePublished"]',
		'meta[name="date"]',
		'time[datetime]'
	]);
	const lang = document.documentElement?.getAttribute('lang') ?? null;
	for (const junk of document.querySelectorAll('script, style, noscript, iframe, form')) junk.remove();
	const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
	const content = article?.content ? htmlToText(article.content) : htmlToText(document.body?.innerHTML ?? '');
	return {
		title: article?.title?.trim() || document.querySelector('title')?.textContent?.trim() || null,
		text: content,
		published: article?.publishedTime ?? published,
		siteName: article?.siteName ?? null,
		lang
	};
}
