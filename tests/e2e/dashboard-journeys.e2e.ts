// What citizens and journalists do on the dashboard, in a real browser on the built server.
import { expect, test } from '@playwright/test';
import { firstInstitutionHref, firstPledgeHref } from './dashboard-helpers';

test('a citizen finds their provincial DPRD, reads its timeline, opens a pledge and follows the source', async ({ page, context }) => {
	await page.goto('/legislatures', { waitUntil: 'networkidle' });
	// Narrow the list the way a citizen would: provincial level, then pick a province that has data.
	await page.getByLabel(/^(Level|Tingkat)$/).selectOption('province');
	await expect(page).toHaveURL(/level=province/);
	const rows = page.locator('table.list tbody th[scope=row] > a');
	expect(await rows.count(), 'the server under test loads the demo corpus').toBeGreaterThan(0);
	const dprd = rows.filter({ hasText: /DPRD/ }).first();
	const name = (await dprd.count()) ? await dprd.innerText() : await rows.first().innerText();
	await page.locator('table.list tbody th[scope=row] > a', { hasText: name }).first().click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	const timeline = page.locator('figure', { has: page.locator('.timeline') });
	await expect(timeline.locator('svg[role=img]')).toBeVisible();
	await expect(timeline.locator('figcaption')).toContainText(/\d/);

	const quote = page.getByTestId('statement-card').locator('blockquote a').first();
	await quote.click();
	await expect(page).toHaveURL(/\/pledges\/\d+$/);
	await expect(page.getByTestId('evidence-paragraph').locator('mark')).toBeVisible();

	const source = page.getByTestId('source-link').first();
	expect(await source.count(), 'demo pledges carry an http(s) source').toBeGreaterThan(0);
	const href = await source.getAttribute('href');
	expect(href).toMatch(/^https?:\/\//);
	// The outside world is not reachable from the test machine: answer for it.
	await context.route((url) => !url.host.startsWith('127.0.0.1'), (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>source</title>' }));
	const [popup] = await Promise.all([page.waitForEvent('popup'), source.click()]);
	expect(popup.url()).toBe(href);
});

test('a journalist searches, filters by year and category, and the permalink reloads the same view', async ({ page }) => {
	const pledge = await firstPledgeHref(page);
	expect(pledge, 'the server under test loads the demo corpus').toBeTruthy();
	const firstQuote = await page.getByTestId('statement-card').locator('blockquote').first().innerText();
	const word = firstQuote.replace(/[“”"]/g, '').split(/\s+/).sort((a, b) => b.length - a.length)[0].replace(/[^\p{L}]/gu, '');

	await page.locator('main').getByRole('searchbox').first().fill(word);
	await page.locator('main').getByRole('button', { name: /Search|Cari/ }).click();
	await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
	await expect(page.getByTestId('result-count')).not.toHaveText(/^0 /);

	const year = page.locator('fieldset', { has: page.locator('legend', { hasText: /^(Year|Tahun)$/ }) }).locator('a').first();
	// The facets are redrawn for the query before they are clicked.
	await expect(year).toHaveAttribute('href', /q=/);
	await year.click();
	await expect(page).toHaveURL(/year=\d{4}/);
	const category = page.locator('fieldset', { has: page.locator('legend', { hasText: /^(Category|Kategori)$/ }) }).locator('a').first();
	await expect(category).toHaveAttribute('href', /year=/);
	await category.click();
	await expect(page).toHaveURL(/category=\w+/);
	await expect(page).toHaveURL(/q=.*year=\d{4}/);

	const url = page.url();
	const count = await page.getByTestId('result-count').innerText();
	const quotes = await page.getByTestId('statement-card').locator('blockquote').allInnerTexts();
	expect(quotes.length).toBeGreaterThan(0);
	await page.goto('about:blank');
	await page.goto(url);
	await expect(page.getByTestId('result-count')).toHaveText(count);
	expect(await page.getByTestId('statement-card').locator('blockquote').allInnerTexts()).toEqual(quotes);
	await expect(page.locator('a[aria-current="true"]')).toHaveCount(2);
});

test('brushing a time range on a profile timeline puts the range in the URL', async ({ page }) => {
	const href = await firstInstitutionHref(page);
	expect(href, 'the server under test loads the demo corpus').toBeTruthy();
	await page.goto(href!, { waitUntil: 'networkidle' });
	const bars = page.locator('.timeline rect.bar');
	expect(await bars.count(), 'the most active institution has dated pledges').toBeGreaterThan(0);
	// The scorecard sits above the chart: bring the chart into the window before dragging on it.
	await bars.first().scrollIntoViewIfNeeded();
	const first = (await bars.first().boundingBox())!;
	const last = (await bars.last().boundingBox())!;
	await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
	await page.mouse.down();
	await page.mouse.move(last.x + last.width / 2, last.y + last.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
	await expect(page.getByRole('link', { name: /clear range|hapus rentang/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the profile still shows its chart and its data table', async ({ page }) => {
		const href = await firstInstitutionHref(page);
		expect(href, 'the server under test loads the demo corpus').toBeTruthy();
		await page.goto(href!);
		const figure = page.locator('figure', { has: page.locator('.timeline') });
		expect(await figure.count(), 'the most active institution has dated pledges').toBeGreaterThan(0);
		await expect(figure.locator('svg[role=img] rect.bar').first()).toBeVisible();
		await figure.locator('details.chart-table > summary').click();
		await expect(figure.locator('table tbody tr').first()).toBeVisible();
		// The share panel is a disclosure of plain links: its files download without a script.
		await figure.getByTestId('chart-share-timeline').locator(':scope > summary').click();
		await expect(figure.getByTestId('chart-png')).toHaveAttribute('href', /^\/charts\/timeline\.png\?kind=pledge&institution=/);
	});

	test('filters on the search page work as plain links and forms', async ({ page }) => {
		await page.goto('/pledges?q=anggaran&sort=oldest');
		await expect(page.locator('main').getByRole('searchbox').first()).toHaveValue('anggaran');
		await expect(page.getByLabel(/Sort by|Urutkan/)).toHaveValue('oldest');
	});
});

test('the language follows the browser, switches, is remembered and travels in the URL', async ({ browser }) => {
	const en = await browser.newContext({ locale: 'en-US' });
	const page = await en.newPage();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('navigation').getByRole('link', { name: 'Overview' })).toBeVisible();

	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/lang=id/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.getByRole('navigation').getByRole('link', { name: 'Ikhtisar' })).toBeVisible();

	// Remembered: a plain link without ?lang= stays Indonesian.
	await page.goto('/pledges');
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cari janji dan permintaan');
	await en.close();

	// Shared: someone whose browser prefers Indonesian opens an English link.
	const id = await browser.newContext({ locale: 'id-ID' });
	const other = await id.newPage();
	await other.goto('/about?lang=en');
	await expect(other.locator('html')).toHaveAttribute('lang', 'en');
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('About Pledgewatch');
	await other.goto('/about');
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('About Pledgewatch');
	await id.close();
});
