import { expect, test } from '@playwright/test';

test('the overview page shows figures read from the database', async ({ page }) => {
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await expect(page).toHaveTitle(/Pledgewatch/);
	// 38 provinces exist only once the server has migrated the database and loaded the gazetteer.
	await expect(page.getByTestId('gazetteer')).toContainText('38 provinces');
	await expect(page.getByTestId('gazetteer')).toContainText('514 regencies');
});

test('security headers are set on pages', async ({ request }) => {
	const response = await request.get('/');
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	expect(response.headers()['x-frame-options']).toBe('DENY');
});
