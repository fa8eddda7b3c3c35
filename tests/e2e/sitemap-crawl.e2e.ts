// What a crawler meets (issue 13, item 7): robots.txt names the sitemap; the sitemap index leads to
// every institution and pledge page, each of which answers 200; facet toggles are rel="nofollow"
// (their combinations are endless); pages with a feed announce it in their head.
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

test('robots.txt → sitemap index → child sitemaps → pages that exist', async ({ request, baseURL }) => {
	const robots = await (await request.get('/robots.txt')).text();
	const line = robots.split('\n').find((l) => l.startsWith('Sitemap:'));
	expect(line).toBeDefined();
	const indexUrl = new URL(line!.slice('Sitemap:'.length).trim(), baseURL).toString();

	const index = await request.get(indexUrl);
	expect(index.status()).toBe(200);
	expect(index.headers()['content-type']).toContain('application/xml');
	const children: string[] = xml.parse(await index.text()).sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
	expect(children.some((loc) => /\/sitemaps\/institutions-1\.xml$/.test(loc))).toBe(true);
	expect(children.some((loc) => /\/sitemaps\/pledges-1\.xml$/.test(loc))).toBe(true);

	const urls: string[] = [];
	for (const child of children) {
		const res = await request.get(child);
		expect(res.status(), child).toBe(200);
		const set = xml.parse(await res.text()).urlset;
		urls.push(...(set.url ?? []).map((u: { loc: string }) => u.loc));
	}
	const institutions = urls.filter((u) => u.includes('/institutions/'));
	const pledges = urls.filter((u) => /\/pledges\/\d+$/.test(u));
	expect(institutions.length).toBeGreaterThan(10);
	expect(pledges.length).toBeGreaterThan(100);
	expect(new Set(urls).size).toBe(urls.length);
	// A sample of each kind answers 200 (redirects would mean the sitemap lists merged names).
	for (const url of [...institutions.slice(0, 5), ...pledges.slice(0, 5), ...pledges.slice(-3)]) {
		expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
	}
	expect((await request.get('/sitemaps/pledges-999999.xml')).status()).toBe(404);
	expect((await request.get('/sitemaps/people-1.xml')).status()).toBe(404);
});

test('facet toggles are nofollow; pages with a feed announce it', async ({ page }) => {
	await page.goto('/pledges');
	const facetLinks = page.locator('fieldset.facet a');
	expect(await facetLinks.count()).toBeGreaterThan(5);
	expect(await facetLinks.evaluateAll((links) => links.filter((a) => a.getAttribute('rel') !== 'nofollow').length)).toBe(0);
	await page.goto('/legislatures');
	const sortLinks = page.locator('table.list thead a');
	expect(await sortLinks.count()).toBeGreaterThan(1);
	expect(await sortLinks.evaluateAll((links) => links.every((a) => a.getAttribute('rel') === 'nofollow'))).toBe(true);

	const pledge = await page.request.get('/sitemaps/pledges-1.xml');
	const first: string = xml.parse(await pledge.text()).urlset.url[0].loc;
	await page.goto(new URL(first).pathname);
	const actor = await page.locator('dd a[href^="/institutions/"]').first().getAttribute('href');
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `/feeds/institutions/${actor!.split('/').pop()}.atom`);
	await page.goto('/search?q=Kalteng');
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feeds/pledges.atom?q=Kalteng');
	for (const path of ['/', '/pledges']) {
		await page.goto(path);
		await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute('href', /^\/feeds\//);
	}
});
