// The share panel under every dashboard chart (issue 13, item 1) and the journalist's journey: the
// PNG and SVG files are real images with the chart's title, filters, legend, source and licence;
// a filtered view embedded in a page of another origin shows the page's numbers; and from '/' a
// journalist gets a chart of 2025 budget pledges with its PNG, citation and embed code in three
// clicks — in Indonesian and English, at 1440 and 390 px, axe clean.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { expectAccessible, firstInstitutionHref, saveScreenshot } from './dashboard-helpers';

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The text of every <text> and <title> in an SVG that is well-formed XML. */
function svgTexts(svg: string): string {
	expect(XMLValidator.validate(svg)).toBe(true);
	expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
	return [...svg.matchAll(/<(?:text|title)[^>]*>([^<]*)<\/(?:text|title)>/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'")).join('\n');
}

async function checkFiles(request: APIRequestContext, share: ReturnType<Page['getByTestId']>, expected: { title: string; legend: string[]; source: RegExp }) {
	const pngHref = await share.getByTestId('chart-png').getAttribute('href');
	const svgHref = await share.getByTestId('chart-svg').getAttribute('href');
	const png = await request.get(pngHref!);
	expect(png.headers()['content-type']).toBe('image/png');
	expect(png.headers()['content-disposition']).toMatch(/^attachment; filename="pledgewatch-[a-z0-9-]+\.png"$/);
	const size = pngSize(await png.body());
	expect(size.width).toBe(2000);
	expect(size.height).toBeGreaterThan(600);
	const svg = await request.get(svgHref!);
	expect(svg.headers()['content-type']).toContain('image/svg+xml');
	const text = svgTexts(await svg.text());
	expect(text).toContain(expected.title);
	for (const label of expected.legend) expect(text).toContain(label);
	expect(text).toMatch(expected.source);
	expect(text).toMatch(/CC BY 4\.0/);
	expect(text).toMatch(/(diunduh|downloaded) \d{1,2} \S+ \d{4}/);
}

test('every dashboard chart offers its PNG and SVG with title, filters, legend, source and licence', async ({ page, request }) => {
	await page.goto('/?lang=en', { waitUntil: 'networkidle' });
	await checkFiles(request, page.getByTestId('chart-share-timeline'), { title: 'Pledges per month, by category', legend: ['Budget', 'Oversight', 'Program', 'Regulation', 'Other'], source: /Source: Pledgewatch, http:\/\/127\.0\.0\.1:\d+\/\n/ });
	await checkFiles(request, page.getByTestId('chart-share-provinces'), { title: 'Pledges by province', legend: ['fewer', 'more', 'KT'], source: /Source: Pledgewatch, http:\/\/127\.0\.0\.1:\d+\/\n/ });

	const profile = await firstInstitutionHref(page);
	await page.goto(profile!, { waitUntil: 'networkidle' });
	const name = await page.getByRole('heading', { level: 1 }).innerText();
	const slug = profile!.split('/').pop()!;
	await checkFiles(request, page.getByTestId('chart-share-timeline'), { title: `Pledges per month, by category — ${name}`, legend: ['Budget', 'Oversight'], source: new RegExp(`/institutions/${slug}\\n`) });
	await checkFiles(request, page.getByTestId('chart-share-categories'), { title: `By category — ${name}`, legend: ['Budget', 'Regulation'], source: new RegExp(`/institutions/${slug}\\n`) });
	await checkFiles(request, page.getByTestId('chart-share-strength'), { title: `Strength of pledges — ${name}`, legend: ['Firm', 'Conditional', 'Hedged'], source: new RegExp(`/institutions/${slug}\\n`) });

	await page.goto('/pledges?category=oversight&level=province&lang=id', { waitUntil: 'networkidle' });
	const share = page.getByTestId('chart-share-timeline');
	await checkFiles(request, share, { title: 'Janji dan permintaan per bulan, menurut kategori', legend: ['Pengawasan', 'Kategori: Pengawasan', 'Tingkat: Provinsi'], source: /\/pledges\?category=oversight&level=province\n/ });

	// The file and the page count the same: the SVG's summary sentence carries the page's total.
	const rows = Number((await page.getByTestId('row-count').innerText()).split(/\s/)[0].replace(/\D/g, ''));
	const svg = await (await request.get((await share.getByTestId('chart-svg').getAttribute('href'))!)).text();
	expect(svgTexts(svg)).toContain(`${rows.toLocaleString('id-ID')} penetapan kategori`);
});

// The host page stands on a server of its own, on another port: another origin. Its iframe code is
// whatever the test pasted, as a journalist pastes the snippet into an article.
let host: Server;
let hostUrl = '';
let pasted = '';
test.beforeAll(async () => {
	host = createServer((_req, res) => {
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(`<!doctype html><html lang="en"><head><title>Fictional newsroom</title></head><body><h1>A fictional article</h1>${pasted}</body></html>`);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Month → total of the chart's data table (read from the DOM, the table may be folded). */
async function tableTotals(root: Page | ReturnType<Page['frameLocator']>, scope: string): Promise<Record<string, string>> {
	const rows = await root.locator(`${scope} table tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
	return Object.fromEntries(rows.map((cells) => [cells[0], cells[cells.length - 1]]));
}

for (const view of ['/pledges?category=budget&year=2025&kind=pledge', '/pledges?province=62&strength=firm']) {
	test(`an embed of ${view}, pasted into a page on another origin, shows the page's numbers`, async ({ page }) => {
		await page.goto(`${view}&lang=en`, { waitUntil: 'networkidle' });
		const pageTotals = await tableTotals(page, '[data-testid="selection-timeline"]');
		expect(Object.keys(pageTotals).length, 'the demo corpus has statements in this view').toBeGreaterThan(0);
		const share = page.getByTestId('chart-share-timeline');
		await share.locator(':scope > summary').click();
		pasted = await share.getByTestId('chart-embed').inputValue();
		const src = new URL(/src="([^"]+)"/.exec(pasted)![1]);
		// The snippet keeps every filter of the view.
		for (const [key, value] of new URL(view, 'http://x').searchParams) expect(src.searchParams.getAll(key)).toContain(value);

		await page.goto(hostUrl);
		const frame = page.frameLocator('iframe');
		await expect(frame.getByTestId('embed')).toBeVisible();
		await expect(frame.locator('svg[role="img"]').first()).toBeVisible();
		expect(await tableTotals(frame, '')).toEqual(pageTotals);
		// The link back opens the same view.
		const back = new URL((await frame.getByRole('link', { name: /See it on Pledgewatch/ }).getAttribute('href'))!);
		expect(back.pathname).toBe('/pledges');
		for (const [key, value] of new URL(view, 'http://x').searchParams) expect(back.searchParams.getAll(key)).toContain(value);
	});
}

test('/embed/timeline?category=budget applies the filter, as /pledges does for pledges', async ({ page }) => {
	await page.goto('/embed/timeline?category=budget&lang=en');
	const embed = await tableTotals(page, '');
	await page.goto('/pledges?category=budget&kind=pledge&lang=en');
	expect(embed).toEqual(await tableTotals(page, '[data-testid="selection-timeline"]'));
	await page.goto('/embed/timeline?lang=en');
	expect(embed).not.toEqual(await tableTotals(page, ''));
});

const JOURNEYS = [
	{ lang: 'id', width: 1440, budget: 'Anggaran', cite: /^Pledgewatch\. “Pilihan ini per bulan, menurut kategori”\. Diakses \d{1,2} \S+ \d{4}, dari http:\/\/127\.0\.0\.1:\d+\/pledges\?kind=pledge&category=budget&year=2025$/ },
	{ lang: 'en', width: 1440, budget: 'Budget', cite: /^Pledgewatch\. “This selection per month, by category”\. Accessed \d{1,2} \S+ \d{4}, at http:\/\/127\.0\.0\.1:\d+\/pledges\?kind=pledge&category=budget&year=2025$/ },
	{ lang: 'id', width: 390, budget: 'Anggaran', cite: /Diakses .* dari http:\/\/127\.0\.0\.1:\d+\/pledges\?kind=pledge&category=budget&year=2025$/ },
	{ lang: 'en', width: 390, budget: 'Budget', cite: /Accessed .* at http:\/\/127\.0\.0\.1:\d+\/pledges\?kind=pledge&category=budget&year=2025$/ }
] as const;

for (const j of JOURNEYS) {
	test(`a journalist gets the chart of 2025 budget pledges with its PNG, citation and embed code in 3 clicks from / (${j.lang}, ${j.width} px)`, async ({ page, request }) => {
		await page.setViewportSize({ width: j.width, height: 900 });
		await page.goto(`/?lang=${j.lang}`, { waitUntil: 'networkidle' });
		// 1: the category in the overview chart's legend opens its pledges.
		await page.getByTestId('legend-budget').click();
		await expect(page).toHaveURL(/\/pledges\?kind=pledge&category=budget$/);
		// 2: the year on the chart's own row (no need to unfold the filters on a phone).
		await page.getByTestId('chart-year-2025').click();
		await expect(page).toHaveURL(/\/pledges\?kind=pledge&category=budget&year=2025$/);
		const chart = page.getByTestId('selection-timeline');
		await expect(chart.locator('svg[role="img"]')).toBeVisible();
		// 3: the chart's share panel.
		const share = chart.getByTestId('chart-share-timeline');
		await share.locator(':scope > summary').click();

		const png = await request.get((await share.getByTestId('chart-png').getAttribute('href'))!);
		expect(pngSize(await png.body()).width).toBe(2000);
		const svg = svgTexts(await (await request.get((await share.getByTestId('chart-svg').getAttribute('href'))!)).text());
		expect(svg).toContain(`${j.lang === 'id' ? 'Kategori' : 'Category'}: ${j.budget}`);
		expect(svg).toContain(`${j.lang === 'id' ? 'Tahun' : 'Year'}: 2025`);
		await expect(share.getByTestId('cite-text')).toHaveText(j.cite);
		const embed = await share.getByTestId('chart-embed').inputValue();
		expect(embed).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/timeline\?kind=pledge&category=budget&year=2025&lang=(id|en)"/);
		await expect(share.getByTestId('chart-png')).toBeVisible();
		await expect(share.getByTestId('chart-svg')).toBeVisible();

		await share.screenshot({ path: `test-results/screens/journalist-share-${j.lang}-${j.width}.png` });
		await expectAccessible(page, `journalist journey (${j.lang}, ${j.width} px)`);
		await saveScreenshot(page, `journalist-${j.lang}-${j.width}`);
	});
}

test('list pages fold their filters behind a button with the active count on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 900 });
	await page.goto('/pledges?category=budget&year=2025&lang=en', { waitUntil: 'networkidle' });
	const toggle = page.getByTestId('filter-toggle');
	await expect(toggle).toHaveText(/Filters \(2 active\)/);
	await expect(page.locator('fieldset.facet').first()).toBeHidden();
	// The results start within the first two screens, not 1,200 px further down.
	const top = (await page.getByTestId('result-count').boundingBox())!.y;
	expect(top).toBeLessThan(1000);
	await toggle.click();
	await expect(page.locator('fieldset.facet').first()).toBeVisible();
	await expectAccessible(page, '/pledges filters open (390 px)');

	await page.goto('/legislatures?level=province&lang=id', { waitUntil: 'networkidle' });
	await expect(page.getByTestId('filter-toggle')).toHaveText(/Filter \(1 aktif\)/);
	await expect(page.getByLabel('Tingkat')).toBeHidden();
	await expect(page.getByLabel('Nama mengandung')).toBeVisible();
	await expectAccessible(page, '/legislatures (390 px)');

	// At 1440 px the filters are simply there.
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/pledges?category=budget', { waitUntil: 'networkidle' });
	await expect(page.getByTestId('filter-toggle')).toBeHidden();
	await expect(page.locator('fieldset.facet').first()).toBeVisible();
});

test('every navigation item is reachable at 390 px', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	for (const lang of ['id', 'en']) {
		await page.goto(`/?lang=${lang}`, { waitUntil: 'networkidle' });
		const links = page.locator('header nav a');
		const count = await links.count();
		expect(count).toBeGreaterThanOrEqual(5);
		for (let i = 0; i < count; i++) {
			const box = (await links.nth(i).boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(390);
		}
	}
});

test('the profile timeline labels its months by the width it has', async ({ page }) => {
	const href = await firstInstitutionHref(page);
	for (const width of [390, 1440]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(href!, { waitUntil: 'networkidle' });
		const svg = page.locator('.timeline svg').first();
		const bars = await svg.locator('rect.bar').evaluateAll((rects) => new Set(rects.map((r) => r.getAttribute('x'))).size);
		const labels = svg.locator('text.tick[text-anchor="middle"]');
		const boxes = await labels.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((b) => ({ left: b.left, right: b.right })));
		// More than one label for a year and more of bars; none overlapping the next.
		if (bars > 6) expect(boxes.length).toBeGreaterThanOrEqual(2);
		for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).toBeGreaterThan(boxes[i - 1].right);
	}
});

test('the pledge page cites in text, BibTeX and CSL-JSON with its permalink and the access date', async ({ page }) => {
	await page.goto('/pledges?kind=pledge&lang=en', { waitUntil: 'networkidle' });
	await page.getByTestId('statement-card').locator('blockquote a').first().click();
	await expect(page).toHaveURL(/\/pledges\/\d+$/);
	const id = new URL(page.url()).pathname.split('/').pop();
	const cite = page.getByTestId('pledge-cite');
	await cite.locator(':scope > summary').click();
	const year = new Date().getFullYear();
	await expect(cite.getByTestId('cite-text')).toContainText(new RegExp(`Accessed \\d{1,2} \\S+ ${year}, at http://127\\.0\\.0\\.1:\\d+/pledges/${id}$`));
	await cite.getByText('BibTeX').click();
	await expect(cite.getByTestId('cite-bibtex')).toContainText(`@misc{pledgewatch-pledge-${id},`);
	await expect(cite.getByTestId('cite-bibtex')).toContainText(`urldate = {${year}-`);
	await cite.getByText('CSL-JSON').click();
	const csl = JSON.parse(await cite.getByTestId('cite-csl').innerText()) as { id: string; URL: string }[];
	expect(csl[0].URL).toMatch(new RegExp(`/pledges/${id}$`));
	await expectAccessible(page, 'pledge page with its citation open');
});
