// Shared steps for the dashboard journeys: accessibility scan, screenshots, finding data on pages.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';

/** No serious or critical axe-core violation (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`);
	expect(report, `${label}: accessibility violations`).toEqual([]);
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
	fs.mkdirSync('test-results/screens', { recursive: true });
	await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** The href of the first institution in the legislature list, then the agency list; null if none. */
export async function firstInstitutionHref(page: Page): Promise<string | null> {
	for (const list of ['/legislatures', '/agencies']) {
		await page.goto(list, { waitUntil: 'networkidle' });
		const link = page.locator('table.list tbody th[scope=row] > a').first();
		if ((await link.count()) > 0) return link.getAttribute('href');
	}
	return null;
}

/** The href of the first statement on the search page; null when no statement exists. */
export async function firstPledgeHref(page: Page): Promise<string | null> {
	// Wait for hydration: text typed before it would be reset by the client.
	await page.goto('/pledges', { waitUntil: 'networkidle' });
	const quote = page.getByTestId('statement-card').locator('blockquote a').first();
	return (await quote.count()) > 0 ? quote.getAttribute('href') : null;
}
