// The editor area, login, the report form and error pages speak the reader's language (issue 13,
// item 5): every page in Indonesian and in English at 1440 and 390 px, axe clean; form errors
// from the server (field rules and editorial refusals) in the same language; the language switch
// works inside the editor area as on public pages.
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { messagesFor } from '../../src/lib/i18n';
import { ACCOUNTS, expect, formHeaders, PASSWORD, test, type Seeded } from './editors-server';

const LANGS = ['id', 'en'] as const;
const WIDTHS = [1440, 390] as const;

async function expectAccessible(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(
		bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
		`${label}: accessibility violations`
	).toEqual([]);
}

/** The first screen only: the review queue's full page is metres long. */
/** Elements reaching past the right edge of the window: the page would scroll sideways. */
async function overflowing(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth <= width) return [];
		return [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > width + 1)
			.slice(0, 8)
			.map((el) => `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(el.getBoundingClientRect().right)} px`);
	});
}

async function screenshot(page: Page, name: string): Promise<void> {
	fs.mkdirSync('test-results/screens', { recursive: true });
	await page.screenshot({ path: `test-results/screens/${name}.png` });
}

test.describe('editor area in both languages', () => {
	let s: Seeded;
	test.beforeAll(({ editorsServer }) => {
		s = editorsServer.seed('i18n', 'low');
	});

	for (const lang of LANGS) {
		for (const width of WIDTHS) {
			test(`${lang} at ${width} px: login, every editor page, axe clean`, async ({ browser, editorsServer }) => {
				// Eleven pages, each scanned by axe, on a shared 2-core machine.
				test.setTimeout(240_000);
				const t = messagesFor(lang);
				const context = await browser.newContext({ baseURL: editorsServer.baseURL, viewport: { width, height: width > 800 ? 900 : 1200 } });
				const page = await context.newPage();
				await page.goto(`/login?lang=${lang}&next=${encodeURIComponent('/admin/review')}`);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.forms.login.heading);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expectAccessible(page, `login ${lang} ${width}`);
				await screenshot(page, `editors-login-${lang}-${width}`);

				// A wrong password answers in the page's language.
				await page.getByLabel(t.forms.login.email).fill(ACCOUNTS.admin);
				await page.getByLabel(t.forms.login.password).fill('not the password');
				await page.getByRole('button', { name: t.forms.login.submit }).click();
				await expect(page.getByRole('alert')).toHaveText(t.forms.login.wrong);

				await page.getByLabel(t.forms.login.password).fill(PASSWORD);
				await page.getByRole('button', { name: t.forms.login.submit }).click();
				await page.waitForURL((url) => url.pathname === '/admin/review');
				await expect(page.locator('ol.queue[data-ready="true"]')).toBeVisible();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.editor.review.title);
				await expect(page.getByRole('navigation', { name: t.editor.nav.label })).toBeVisible();
				const firstEdit = page.locator('[data-review-item] summary').first();
				await expect(firstEdit).toHaveText(t.editor.review.edit);
				await firstEdit.click();
				await expectAccessible(page, `review ${lang} ${width}`);
				expect(await overflowing(page), `review at ${width} px scrolls sideways`).toEqual([]);
				await screenshot(page, `editors-review-${lang}-${width}`);

				const pages: [string, string][] = [
					['/admin', t.editor.home.title],
					['/admin/updates', t.editor.updates.title],
					['/admin/institutions?q=contoh', t.editor.institutions.title],
					['/admin/reports', t.editor.reports.title],
					[`/admin/pledges/${s.low}`, t.editor.pledge.title(t.kinds.pledge.toLowerCase(), String(s.low))],
					['/admin/audit', t.editor.audit.title],
					['/admin/users', t.editor.users.title],
					['/corrections', t.forms.corrections.title],
					[`/pledges/${s.high}/report`, t.forms.report.heading],
					['/logout', t.forms.logout.title]
				];
				for (const [path, heading] of pages) {
					await page.goto(path);
					await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
					await expectAccessible(page, `${path} ${lang} ${width}`);
					expect(await overflowing(page), `${path} at ${width} px scrolls sideways`).toEqual([]);
				}
				await context.close();
			});
		}
	}

	test('server-side form errors, refusals and error pages follow the language; the switch works in the editor area', async ({ browser, editorsServer }) => {
		test.setTimeout(120_000);
		const id = messagesFor('id');
		const en = messagesFor('en');
		const context = await browser.newContext({ baseURL: editorsServer.baseURL, locale: 'en-GB' });
		const page = await context.newPage();
		await page.goto(`/login?lang=id&next=${encodeURIComponent(`/admin/pledges/${s.mid}`)}`);
		await page.getByLabel(id.forms.login.email).fill(ACCOUNTS.editor);
		await page.getByLabel(id.forms.login.password).fill(PASSWORD);
		await page.getByRole('button', { name: id.forms.login.submit }).click();
		await page.waitForURL((url) => url.pathname === `/admin/pledges/${s.mid}`);

		// A field rule (zod, on the server): label and rule in Indonesian.
		await page.getByLabel(id.editor.pledge.reason).fill('Program diluncurkan');
		await page.getByLabel(id.editor.pledge.url).fill('javascript:alert(1)');
		await page.getByRole('button', { name: id.editor.pledge.record }).click();
		await expect(page.getByRole('alert')).toHaveText('URL luar: harus alamat http:// atau https://');
		// An editorial refusal: no source at all.
		await page.getByLabel(id.editor.pledge.reason).fill('Program diluncurkan');
		await page.getByLabel(id.editor.pledge.url).fill('');
		await page.getByRole('button', { name: id.editor.pledge.record }).click();
		await expect(page.getByRole('alert')).toHaveText(id.editor.problems.noSource());

		// Merging an institution into itself is refused in Indonesian.
		await page.goto('/admin/institutions?q=contoh');
		await page.getByLabel(id.editor.institutions.mergeFrom).fill(`dprd-contoh-i18n`);
		await page.getByLabel(id.editor.institutions.mergeInto).fill(`dprd-contoh-i18n`);
		await page.locator('form[action="?/merge"]').getByLabel(id.editor.institutions.reason).fill('uji');
		await page.getByRole('button', { name: id.editor.institutions.merge, exact: true }).click();
		await expect(page.getByRole('alert')).toHaveText(id.editor.problems.mergeSelf());

		// The header's language switch turns the editor area English, and the choice sticks.
		await page.goto('/admin/review');
		await page.getByTestId('lang-switch').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.editor.review.title);
		await page.goto('/admin/updates');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.editor.updates.title);
		await page.getByTestId('lang-switch').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(id.editor.updates.title);

		// Error pages: an editor on an admin-only page, and a statement that does not exist.
		const forbidden = await page.goto('/admin/users');
		expect(forbidden?.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(id.errors.forbidden);
		const missing = await page.goto('/admin/pledges/987654321');
		expect(missing?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(id.errors.notFound);

		// The public report form, posted without a browser's own checks: the server's rule in each language.
		for (const [lang, expected] of [
			['id', 'Apa yang salah: jelaskan dalam satu atau dua kalimat apa yang salah'],
			['en', 'What is wrong: say in a sentence or two what is wrong']
		] as const) {
			const response = await page.request.post(`${editorsServer.baseURL}/pledges/${s.high}/report?lang=${lang}`, {
				form: { message: 'short' },
				headers: formHeaders(editorsServer.baseURL)
			});
			expect(response.status()).toBe(400);
			expect(await response.text()).toContain(expected);
		}
		await context.close();
	});
});
