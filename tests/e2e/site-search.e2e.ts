// The header's search box, in a real browser on the built server with the demo corpus: a citizen
// types the everyday name of their province and finds its DPRD and its pledges, in both languages
// and at phone and desktop widths.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './dashboard-helpers';

const cases = [
	{ lang: 'id', width: 390, label: 'Cari lembaga, daerah, tokoh, atau janji', heading: 'Hasil untuk “Kalteng”' },
	{ lang: 'en', width: 1440, label: 'Search institutions, places, people or pledges', heading: 'Results for “Kalteng”' }
] as const;

for (const c of cases) {
	test(`typing "Kalteng" in the header finds DPRD Kalimantan Tengah and its pledges (${c.lang}, ${c.width} px)`, async ({ page }) => {
		await page.setViewportSize({ width: c.width, height: 844 });
		await page.goto(`/?lang=${c.lang}`, { waitUntil: 'networkidle' });
		const box = page.getByRole('search').getByRole('searchbox', { name: c.label });
		await expect(box).toBeVisible();
		// Wholly on screen at a phone's width too.
		const rect = await box.boundingBox();
		expect(rect && rect.x >= 0 && rect.x + rect.width <= c.width).toBe(true);

		await box.fill('Kalteng');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/search\?q=Kalteng$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.heading);
		await expect(box).toHaveValue('Kalteng');

		const institutions = page.getByTestId('search-institutions');
		await expect(institutions.getByRole('link', { name: 'DPRD Provinsi Kalimantan Tengah' })).toBeVisible();
		await expect(institutions.getByRole('link', { name: 'DPRD Kabupaten Kotawaringin Timur' })).toHaveCount(0);
		await expect(page.getByTestId('search-pledges').getByTestId('statement-card').first()).toBeVisible();
		await expectAccessible(page, `/search?q=Kalteng (${c.lang}, ${c.width} px)`);

		await institutions.getByRole('link', { name: 'DPRD Provinsi Kalimantan Tengah' }).click();
		await expect(page).toHaveURL(/\/institutions\/dprd-provinsi-kalimantan-tengah$/);
	});
}

test('the lists, the pledge search and /search answer everyday names', async ({ page }) => {
	await page.goto('/legislatures?q=DPRD+Kalteng', { waitUntil: 'networkidle' });
	await expect(page.locator('table.list tbody th[scope=row] > a')).toHaveText(['DPRD Provinsi Kalimantan Tengah']);
	await page.goto('/agencies?q=palangkaraya', { waitUntil: 'networkidle' });
	await expect(page.locator('table.list tbody th[scope=row] > a', { hasText: 'Pemerintah Kota Palangka Raya' })).toBeVisible();
	await page.goto('/pledges?q=NTB', { waitUntil: 'networkidle' });
	expect(await page.getByTestId('statement-card').count()).toBeGreaterThan(0);
	await page.goto('/search?q=Central+Java', { waitUntil: 'networkidle' });
	await expect(page.getByTestId('search-institutions').getByRole('link', { name: 'DPRD Provinsi Jawa Tengah' })).toBeVisible();
});
