// The analyst on /pledges (issue 13, item 3), on the demo corpus: ticks an institution kind, sees
// the chart of that selection and the rupiah it states, and the page's row count is the CSV's;
// a sentence given two categories is one card. Both languages, both widths, axe clean.
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot } from './dashboard-helpers';

const CASES = [
	{ lang: 'id', width: 1440, facet: 'Jenis lembaga', value: 'Legislatif', amount: /^Jumlah yang disebut: Rp.+ dari \d+ janji yang menyebut jumlah\./ },
	{ lang: 'en', width: 390, facet: 'Institution kind', value: 'Legislature', amount: /^Amounts stated: IDR .+ across \d+ pledges? that states? an amount\./ }
] as const;

const digits = (text: string) => Number(text.replace(/\D/g, ''));

for (const c of CASES) {
	test(`an analyst filters /pledges by institution kind and sees its chart and rupiah total (${c.lang}, ${c.width} px)`, async ({ page, request }) => {
		await page.setViewportSize({ width: c.width, height: 900 });
		await page.goto(`/pledges?lang=${c.lang}`, { waitUntil: 'networkidle' });
		// On a phone the facets fold behind the filter button.
		const toggle = page.getByTestId('filter-toggle');
		if (await toggle.isVisible()) await toggle.click();
		const facet = page.locator('fieldset.facet', { has: page.locator('legend', { hasText: new RegExp(`^${c.facet}$`) }) });
		const option = facet.locator('a', { hasText: c.value });
		const expected = digits(await option.locator('.count').innerText());
		expect(expected, 'the demo corpus has legislature statements').toBeGreaterThan(0);
		await option.click();
		await expect(page).toHaveURL(/[?&]actor_kind=legislature/);

		// The heading counts sentences, as the facet did; the rows line counts what the CSV holds.
		await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${expected.toLocaleString('id-ID')} `));
		const rows = digits((await page.getByTestId('row-count').innerText()).split(/[:—]/)[0]);
		const csv = parse(await (await request.get('/pledges.csv?actor_kind=legislature')).text(), { columns: true }) as Record<string, string>[];
		expect(csv).toHaveLength(rows);
		expect(new Set(csv.map((r) => r.actor_kind))).toEqual(new Set(['legislature']));
		const api = (await (await request.get('/api/v1/pledges?actor_kind=legislature&limit=1')).json()) as { total: number };
		expect(api.total).toBe(rows);

		const chart = page.getByTestId('selection-timeline');
		await expect(chart.locator('svg[role="img"]')).toBeVisible();
		await expect(chart.locator('figcaption')).toContainText(String(rows));
		await expect(page.getByTestId('amount-total')).toHaveText(c.amount);

		// No sentence twice: each card's quote and actor are unique on the page.
		const cards = page.getByTestId('statement-card');
		const keys = await cards.evaluateAll((els) => els.map((el) => `${el.querySelector('.actor')?.textContent}|${el.querySelector('blockquote')?.textContent}`));
		expect(new Set(keys).size).toBe(keys.length);

		await expectAccessible(page, `/pledges?actor_kind=legislature (${c.lang}, ${c.width} px)`);
		await saveScreenshot(page, `pledges-analysts-${c.lang}-${c.width}`);
		await page.screenshot({ path: `test-results/screens/pledges-analysts-${c.lang}-${c.width}-top.png` });
	});
}

test('a sentence given two categories shows once with both category chips', async ({ page }) => {
	await page.goto('/pledges?lang=en&category=oversight&category=budget', { waitUntil: 'networkidle' });
	const both = page.getByTestId('statement-card').filter({ has: page.locator('.badge', { hasText: /^\s*Oversight\s*$/ }) }).filter({ has: page.locator('.badge', { hasText: /^\s*Budget\s*$/ }) });
	expect(await both.count(), 'the demo corpus has "pengawasan dan anggaran" sentences').toBeGreaterThan(0);
	const statements = digits(await page.getByTestId('result-count').innerText());
	const rows = digits((await page.getByTestId('row-count').innerText()).split(':')[0]);
	expect(rows).toBeGreaterThan(statements);
});

test('the keyword form fits a phone and lines up on a desktop', async ({ page }) => {
	const boxes = async () => {
		const form = page.locator('main form[role="search"]');
		const box = async (name: string) => (await form.locator(name).boundingBox())!;
		return { form: await box(':scope'), q: await box('#q'), sort: await box('#sort'), from: await box('#from'), to: await box('#to'), button: await box('button[type="submit"]') };
	};
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/pledges?q=anggaran%20jalan%20desa%20kabupaten');
	let b = await boxes();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	// The words, the order and the button take the form's width; the two months share a row.
	for (const wide of [b.q, b.sort, b.button]) expect(wide.width).toBeGreaterThan(b.form.width * 0.8);
	expect(Math.abs(b.from.y - b.to.y)).toBeLessThan(1);
	expect(b.to.x + b.to.width).toBeLessThanOrEqual(b.form.x + b.form.width);
	await saveScreenshot(page, 'pledges-form-390');

	await page.setViewportSize({ width: 1440, height: 900 });
	b = await boxes();
	// One row, every control the same height.
	for (const control of [b.sort, b.from, b.to, b.button]) {
		expect(Math.abs(control.y - b.q.y)).toBeLessThan(1);
		expect(Math.abs(control.height - b.q.height)).toBeLessThan(1);
	}
	await saveScreenshot(page, 'pledges-form-1440');
});
