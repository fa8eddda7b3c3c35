// Deadlines and overdue pledges in the browser (issue 12), on the demo corpus: the overdue checkbox
// on /pledges lists only overdue pledges with its count, and a pledge page says its deadline in its
// own words — or that none was stated.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './dashboard-helpers';

const OVERDUE = /^\s*(Lewat tenggat|Overdue)\s*$/;

async function shoot(page: Page, name: string): Promise<void> {
	for (const width of [1440, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await saveScreenshot(page, `${name}-${width}`);
		// The first screen as well: what a visitor sees before scrolling, at full resolution.
		await page.screenshot({ path: `test-results/screens/${name}-${width}-top.png` });
	}
	await page.setViewportSize({ width: 1280, height: 720 });
}

test('a citizen ticks "overdue" on /pledges, sees only overdue pledges, and opens one to read its deadline', async ({ page }) => {
	await page.goto('/pledges', { waitUntil: 'networkidle' });
	const facet = page.locator('fieldset.facet', { has: page.locator('legend', { hasText: /^(Tenggat|Deadline)$/ }) }).locator('a');
	await expect(facet).toHaveCount(1);
	const count = Number((await facet.locator('.count').innerText()).replace(/\D/g, ''));
	expect(count, 'the demo corpus has overdue pledges').toBeGreaterThan(0);
	await expect(page.getByTestId('overdue-feed')).toHaveAttribute('href', /^\/feeds\/overdue\.atom/);
	await shoot(page, 'pledges');

	await facet.click();
	await expect(page).toHaveURL(/[?&]overdue=1/);
	await expect(page.getByTestId('result-count')).toContainText(String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
	const cards = page.getByTestId('statement-card');
	const shown = await cards.count();
	expect(shown).toBe(Math.min(count, 25));
	for (let i = 0; i < shown; i++) await expect(cards.nth(i).getByTestId('overdue-flag')).toHaveText(OVERDUE);
	await expectAccessible(page, '/pledges?overdue=1');
	await shoot(page, 'pledges-overdue');

	await cards.first().locator('blockquote a').click();
	await expect(page).toHaveURL(/\/pledges\/\d+$/);
	await expect(page.getByTestId('overdue-flag')).toHaveText(OVERDUE);
	const deadline = page.getByTestId('deadline');
	await expect(deadline.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	await expect(deadline).toContainText(/\(“.+”\)/);
	await expectAccessible(page, 'an overdue pledge');
	await shoot(page, 'pledge-overdue');
});

test('a pledge page says so when no deadline was stated, and the overdue feed is Atom', async ({ page, request }) => {
	await page.goto('/pledges?kind=request', { waitUntil: 'networkidle' });
	await page.getByTestId('statement-card').first().locator('blockquote a').click();
	await expect(page.getByTestId('deadline')).toHaveText(/^(tidak ada tenggat yang disebutkan|no deadline stated)$/);
	await expect(page.getByTestId('overdue-flag')).toHaveCount(0);

	const feed = await request.get('/feeds/overdue.atom');
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toContain('application/atom+xml');
	expect(await feed.text()).toContain('<entry>');
	const csv = await (await request.get('/pledges.csv?overdue=1')).text();
	const [header, ...rows] = csv.trim().split(/\r?\n/);
	expect(header.split(',')).toEqual(expect.arrayContaining(['due_on', 'due_phrase', 'overdue']));
	expect(rows.length).toBeGreaterThan(0);
	for (const row of rows) expect(row.endsWith(',true')).toBe(true);
});
