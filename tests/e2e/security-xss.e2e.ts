// Hostile article titles, bodies, institution names and URLs render as inert text in Chromium:
// no dialog, no injected element, no javascript: link — on the editors' pages and on every public
// page that shows them.
import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, formHeaders, loginInBrowser, test, type Seeded } from './editors-server';
import { XSS } from './editors-xss-fixture';

async function expectInert(page: Page, path: string): Promise<number> {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const response = await page.goto(path);
	const status = response?.status() ?? 0;
	await page.waitForLoadState('load');
	// No element may carry an inline event handler attribute: Svelte never renders one, so any
	// `on…` attribute would have come from stored data.
	const handlers = await page.evaluate(() =>
		[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`))
	);
	expect(handlers, path).toEqual([]);
	expect(dialogs, path).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
	expect(await page.locator('img[src="x"], svg[onload], b[onmouseover], iframe, main script').count(), path).toBe(0);
	expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count(), path).toBe(0);
	return status;
}

test.describe('hostile data renders inert', () => {
	let s: Seeded;
	test.beforeAll(({ editorsServer }) => {
		s = editorsServer.seed('xss');
	});

	test('editor pages show hostile text as text', async ({ page }) => {
		await loginInBrowser(page, ACCOUNTS.editor, '/admin');
		expect(await expectInert(page, '/admin/review?page=1')).toBe(200);
		const card = page.locator(`[data-review-item="${s.xss}"]`);
		await expect(card).toContainText(XSS.title);
		await expect(card).toContainText(XSS.institutionName);
		await expect(card.locator('mark')).toHaveText(XSS.evidence);
		// The javascript: URL is shown, but not as a link.
		await expect(card.locator('.unsafe-url')).toHaveText('source');
		expect(await expectInert(page, `/admin/pledges/${s.xss}`)).toBe(200);
		await expect(page.locator('blockquote')).toHaveText(XSS.evidence);
		expect(await expectInert(page, `/admin/institutions?q=${encodeURIComponent('Palsu')}`)).toBe(200);
		await expect(page.locator(`tr[data-institution="hostile-${s.tag}"] th`)).toContainText(XSS.institutionName);

		// An edit with a hostile reason, then the public corrections log and the admin audit log.
		const edit = page.context().request;
		const res = await edit.post(`/admin/review?/edit`, {
			form: { id: String(s.xss), kind: 'pledge', category: 'program', strength: 'firm', actor: `hostile-${s.tag}`, reason: XSS.title },
			headers: formHeaders(new URL(page.url()).origin)
		});
		expect(res.status()).toBe(200);
		expect(await expectInert(page, '/corrections')).toBe(200);
		await expect(page.locator('li[data-correction]', { hasText: `statement ${s.xss}` }).first()).toContainText(XSS.title);
	});

	test('the admin audit log shows hostile values as text', async ({ page }) => {
		await loginInBrowser(page, ACCOUNTS.admin, '/admin/audit');
		expect(await expectInert(page, '/admin/audit')).toBe(200);
		await expect(page.locator('tbody')).toContainText(XSS.title);
	});

	test('public pages that show the hostile article are inert', async ({ page }) => {
		expect(await expectInert(page, `/pledges/${s.xss}/report`)).toBe(200);
		await expect(page.locator('blockquote')).toHaveText(XSS.evidence);
		// Pages owned by the dashboard: checked when they exist in this build.
		const publicPaths = ['/', `/pledges/${s.xss}`, `/articles/${s.xssArticle}`, `/institutions/hostile-${s.tag}`, '/pledges', '/agencies', '/legislatures'];
		const checked: string[] = [];
		for (const path of publicPaths) {
			const status = await expectInert(page, path);
			if (status === 200) checked.push(path);
		}
		expect(checked).toContain('/');
		test.info().annotations.push({ type: 'public pages checked', description: checked.join(', ') });
	});
});
