// "The data of this view" on the pages people use: the download links carry the page's filters
// (so the file holds exactly the rows on screen), the feed and embed are linked, and the citation
// names the permalink and the access date.
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

test('a filtered legislature list downloads exactly its rows', async ({ page, request }) => {
	await page.goto('/legislatures?level=province&sort=name');
	const total = Number((await page.locator('p.found').innerText()).replace(/\D/g, ''));
	expect(total).toBeGreaterThan(0);
	const href = await page.getByTestId('view-csv').getAttribute('href');
	expect(href).toMatch(/^\/legislatures\.csv\?/);
	expect(href).toContain('level=province');
	expect(href).toContain('download=1');
	const res = await request.get(href!);
	expect(res.headers()['content-disposition']).toMatch(/^attachment;/);
	const csv = parse(await res.text(), { columns: true }) as Record<string, string>[];
	expect(csv).toHaveLength(total);
	expect(await page.locator('table.list tbody th a').allInnerTexts()).toContain(csv[0].name);
});

test('a profile links its feed, embed and a citation with the access date', async ({ page, request }) => {
	await page.goto('/legislatures');
	await page.locator('table.list tbody tr a').first().click();
	await expect(page).toHaveURL(/\/institutions\//);
	const slug = new URL(page.url()).pathname.split('/').pop();
	const feed = await page.getByTestId('view-feed').getAttribute('href');
	expect(feed).toBe(`/feeds/institutions/${slug}.atom`);
	expect((await request.get(feed!)).headers()['content-type']).toContain('atom');
	// The profile's own cite button, near its name: text, BibTeX and CSL-JSON with permalink and date.
	const cite = page.getByTestId('profile-cite');
	await cite.locator(':scope > summary').click();
	const today = new Date().getFullYear();
	await expect(cite.getByTestId('cite-text')).toContainText(`/institutions/${slug}`);
	await expect(cite.getByTestId('cite-text')).toContainText(String(today));
	await cite.getByText('BibTeX').click();
	await expect(cite.getByTestId('cite-bibtex')).toContainText(`url = {http://127.0.0.1:`);
	await expect(cite.getByTestId('cite-bibtex')).toContainText(`urldate = {${today}-`);
	await cite.getByText('CSL-JSON').click();
	const csl = JSON.parse(await cite.getByTestId('cite-csl').innerText()) as { URL: string; accessed: { 'date-parts': number[][] } }[];
	expect(csl[0].URL).toMatch(new RegExp(`/institutions/${slug}$`));
	expect(csl[0].accessed['date-parts'][0][0]).toBe(today);
	// The timeline's share panel embeds this institution's chart.
	const share = page.getByTestId('chart-share-timeline');
	await share.locator(':scope > summary').click();
	const snippet = await share.getByTestId('chart-embed').inputValue();
	expect(snippet).toContain(`/embed/timeline?kind=pledge&institution=${slug}`);
	expect((await request.get(`/embed/timeline?institution=${slug}`)).status()).toBe(200);
});

test('the overview links the pledge data, its feed and an embeddable timeline', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('view-csv')).toHaveAttribute('href', /^\/pledges\.csv\?download=1$/);
	await expect(page.getByTestId('view-feed')).toHaveAttribute('href', '/feeds/pledges.atom');
	const share = page.getByTestId('chart-share-timeline');
	await share.locator(':scope > summary').click();
	expect(await share.getByTestId('chart-embed').inputValue()).toMatch(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/timeline\?kind=pledge&lang=(id|en)"/);
});

test('a pledge search links its filtered data and feed, without the page cursor', async ({ page, request }) => {
	await page.goto('/pledges?category=budget');
	const total = Number((await page.getByTestId('result-count').innerText()).replace(/\D/g, ''));
	const href = await page.getByTestId('view-csv').getAttribute('href');
	expect(href).toBe('/pledges.csv?category=budget&download=1');
	const csv = parse(await (await request.get(href!)).text(), { columns: true }) as Record<string, string>[];
	expect(csv).toHaveLength(total);
	expect(new Set(csv.map((r) => r.category))).toEqual(new Set(['budget']));
	await expect(page.getByTestId('view-feed')).toHaveAttribute('href', '/feeds/pledges.atom?category=budget');
});

test('one canonical address per view; narrow facet combinations are not indexed; feeds are discoverable', async ({ page }) => {
	await page.goto('/legislatures?sort=name&level=province&page=1');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/legislatures\?level=province&sort=name$/);
	await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
	await page.goto('/pledges?province=62&category=budget');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
	const feed = await page.locator('link[rel="alternate"][href^="/feeds/pledges.atom"]').getAttribute('href');
	expect(new URL(feed!, 'http://x').searchParams.getAll('province')).toEqual(['62']);
	expect(new URL(feed!, 'http://x').searchParams.getAll('category')).toEqual(['budget']);
});
