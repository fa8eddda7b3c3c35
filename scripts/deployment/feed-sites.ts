// Fictional news sites on 127.0.0.1 for the one-machine deployment: each site is a port of its own
// (so the workers' per-host politeness applies per site, as it would across real outlets), with a
// robots.txt, RSS feeds of at most `perFeed` items, and one HTML page per article. The articles come
// from the project's own generator of fictional regional news (src/lib/server/demo/generate.ts,
// invented officials and places), each page carrying its archive number so that no two are the
// same text. Every request is counted by path, so a page fetched twice would show.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateArticles, type DemoArticle } from '../../src/lib/server/demo/generate';

export interface FeedSites {
	/** One feed address per source to register. */
	feedUrls: string[];
	/** Every article page, as the workers will fetch it: what must end up in the archive once. */
	articleUrls: string[];
	/** A LIKE pattern matching exactly these articles' addresses (this run's folder on every site). */
	urlPattern: string;
	/** Requests per path, over all sites. */
	hits: Map<string, number>;
	close(): Promise<void>;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageHtml(article: DemoArticle, siteName: string, archiveNumber: string): string {
	const paragraphs = article.text.split(/\n+/).filter(Boolean).map((p) => `<p>${escapeXml(p)}</p>`).join('\n');
	return `<!doctype html><html lang="${article.lang}"><head><meta charset="utf-8"><title>${escapeXml(article.title)}</title>
<meta property="og:site_name" content="${siteName}"><meta property="article:published_time" content="${article.published}"></head>
<body><nav><a href="/">Beranda</a></nav><article><h1>${escapeXml(article.title)}</h1>${paragraphs}
<p>Nomor arsip redaksi: ${archiveNumber}.</p></article><footer>© ${siteName}</footer></body></html>`;
}

function rss(siteName: string, origin: string, items: { article: DemoArticle; path: string }[]): string {
	const entries = items
		.map(({ article, path }) => {
			const pubDate = new Date(`${article.published}T08:00:00+07:00`).toUTCString();
			const teaser = escapeXml(article.text.slice(0, 160));
			return `<item><title>${escapeXml(article.title)}</title><link>${origin}${path}</link><guid>${origin}${path}</guid><pubDate>${pubDate}</pubDate><description>${teaser}…</description></item>`;
		})
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${siteName}</title><link>${origin}/</link><description>Berita fiksi untuk uji penerapan</description>${entries}</channel></rss>`;
}

export async function startFeedSites(options: { articles: number; sites: number; perFeed: number; runId: string }): Promise<FeedSites> {
	const folder = `/arsip-${options.runId}`;
	const hits = new Map<string, number>();
	const servers: http.Server[] = [];
	const feedUrls: string[] = [];
	const articleUrls: string[] = [];
	// Generated once, in memory: 10k articles are a few tens of megabytes of text.
	const all = [...take(generateArticles({ count: options.articles, seed: 20261203, start: '2025-01', months: 11 }), options.articles)];
	try {
		for (let s = 0; s < options.sites; s++) {
			const siteName = `Kabar Uji Nusantara ${s + 1}`;
			const mine = all.flatMap((article, i) => (i % options.sites === s ? [{ article, path: `${folder}/${i}.html`, number: `KUN-${options.runId}-${i}` }] : []));
			const byPath = new Map(mine.map((m) => [m.path, m]));
			const feeds: (typeof mine)[] = [];
			for (let f = 0; f < mine.length; f += options.perFeed) feeds.push(mine.slice(f, f + options.perFeed));
			let origin = '';
			const server = http.createServer((req, res) => {
				const path = (req.url ?? '/').split('?')[0];
				hits.set(path, (hits.get(path) ?? 0) + 1);
				const send = (status: number, type: string, body: string) => {
					res.writeHead(status, { 'content-type': type });
					res.end(body);
				};
				if (path === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nDisallow: /internal/\n');
				const feed = /^\/feed-(\d+)\.xml$/.exec(path);
				if (feed && feeds[Number(feed[1])]) return send(200, 'application/rss+xml; charset=utf-8', rss(siteName, origin, feeds[Number(feed[1])]));
				const page = byPath.get(path);
				if (page) return send(200, 'text/html; charset=utf-8', pageHtml(page.article, siteName, page.number));
				return send(404, 'text/plain', 'tidak ditemukan');
			});
			servers.push(server);
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
			origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
			feeds.forEach((_, f) => feedUrls.push(`${origin}/feed-${f}.xml`));
			for (const m of mine) articleUrls.push(`${origin}${m.path}`);
		}
	} catch (error) {
		await closeAll(servers);
		throw error;
	}
	return { feedUrls, articleUrls, urlPattern: `http://127.0.0.1:%${folder}/%`, hits, close: () => closeAll(servers) };
}

function* take<T>(items: Iterable<T>, n: number): Generator<T> {
	if (n <= 0) return;
	let i = 0;
	for (const item of items) {
		yield item;
		if (++i >= n) return;
	}
}

async function closeAll(servers: http.Server[]): Promise<void> {
	await Promise.all(
		servers.map(
			(s) =>
				new Promise<void>((resolve) => {
					s.closeAllConnections();
					s.close(() => resolve());
				})
		)
	);
}
