// Every public page: served, titled, free of serious accessibility violations at desktop and
// phone widths, with a screenshot saved under test-results/screens for a human to look at.
import { expect, test } from '@playwright/test';
import { expectAccessible, firstInstitutionHref, firstPledgeHref, saveScreenshot } from './dashboard-helpers';

const fixedPages = [
	{ name: 'overview', path: '/' },
	{ name: 'legislatures', path: '/legislatures' },
	{ name: 'agencies', path: '/agencies' },
	{ name: 'pledges', path: '/pledges' },
	{ name: 'about', path: '/about' },
	{ name: 'not-found', path: '/institutions/no-such-institution', status: 404 }
];

for (const width of [1440, 360]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 900 } });

		for (const p of fixedPages) {
			test(`${p.name} is accessible and described`, async ({ page }) => {
				const response = await page.goto(p.path);
				expect(response?.status()).toBe(p.status ?? 200);
				await expect(page).toHaveTitle(/Pledgewatch/);
				if (!p.status) {
					await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
					await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Pledgewatch/);
				}
				// Nothing may be wider than the screen: no sideways scrolling of the whole page.
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow).toBeLessThanOrEqual(1);
				await expectAccessible(page, p.path);
				await saveScreenshot(page, `${p.name}-${width}`);
			});
		}

		test('institution, pledge and article pages are accessible', async ({ page }) => {
			const institution = await firstInstitutionHref(page);
			const pledge = await firstPledgeHref(page);
			expect(institution && pledge, 'the server under test loads the demo corpus; no institution or pledge means it did not').toBeTruthy();
			for (const [name, path] of [
				['institution', institution!],
				['pledge', pledge!]
			]) {
				expect((await page.goto(path))?.status()).toBe(200);
				await expectAccessible(page, path);
				await saveScreenshot(page, `${name}-${width}`);
			}
			await page.getByRole('link', { name: /Read the article|Baca artikel/ }).click();
			await expect(page).toHaveURL(/\/articles\/\d+/);
			await expectAccessible(page, page.url());
			await saveScreenshot(page, `article-${width}`);
		});
	});
}

test('errors show no stack trace', async ({ page }) => {
	const response = await page.goto('/pledges/99999999');
	expect(response?.status()).toBe(404);
	const text = await page.locator('body').innerText();
	expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
	await expect(page.getByRole('link', { name: /Back to the overview|Kembali ke ikhtisar/ })).toBeVisible();
});
