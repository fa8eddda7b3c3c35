// Issue 12's journey in the browser, on the demo corpus: a citizen opens a legislature from the
// list, sees its scorecard, opens one of its overdue pledges, goes back to the institution and
// follows it — in Indonesian and English, at 1440 and 390 px. Without SMTP_URL (the default test
// server) "Follow" offers the two Atom feeds only. With SMTP_URL (a server of its own, sending to a
// real SMTP server this test starts on 127.0.0.1) it offers the email form: the citizen subscribes,
// receives the confirmation mail, confirms in the browser; the one-click unsubscribe address takes
// a mail provider's POST, while a cross-site form post is still refused.
import { expect, test, type Page } from '@playwright/test';
import { startSmtpSink } from '../db/helpers/smtp-sink';
import { startBuiltServer } from './built-server';
import { expectAccessible, saveScreenshot } from './dashboard-helpers';

const OVERDUE = /^\s*(Lewat tenggat|Overdue)\s*$/;
const runs = [
	{ lang: 'id', width: 1440 },
	{ lang: 'en', width: 390 },
	{ lang: 'en', width: 1440 },
	{ lang: 'id', width: 390 }
] as const;

/** From /legislatures to an overdue pledge and back to its institution; returns the profile URL. */
async function legislatureToOverduePledge(page: Page, base: string, lang: 'id' | 'en', width: number): Promise<string> {
	await page.setViewportSize({ width, height: 900 });
	await page.goto(`${base}/legislatures?lang=${lang}`, { waitUntil: 'networkidle' });
	// The busiest legislature: its row shows the meter and "n of m" beside it.
	const row = page.locator('table.list tbody tr').first();
	await expect(row.getByTestId('score-meter').filter({ visible: true })).toHaveAttribute('aria-label', lang === 'id' ? /Nasib janji .+ dari .+ janji sudah dinilai/ : /What became of the pledges of .+ of .+ reviewed/);
	await expect(row.getByTestId('score-reviewed').filter({ visible: true })).toHaveText(lang === 'id' ? /^\s*\d+\s+dari\s+\d+\s+sudah dinilai\s*$/ : /^\s*\d+\s+of\s+\d+\s+reviewed\s*$/);
	await row.locator('th[scope=row] > a').click();
	await expect(page).toHaveURL(/\/institutions\/[a-z0-9-]+/);
	const profile = page.url();
	const card = page.getByTestId('profile-scorecard');
	await expect(card.getByTestId('score-meter')).toBeVisible();
	await expectAccessible(page, `profile (${lang}, ${width})`);
	await saveScreenshot(page, `journey-profile-${lang}-${width}`);

	// The overdue segment's number opens the list it counts, every card flagged.
	const overdue = card.locator('li[data-bucket=overdue] a');
	const count = Number((await overdue.locator('.count').innerText()).replace(/\D/g, ''));
	expect(count, 'the busiest demo legislature has overdue pledges').toBeGreaterThan(0);
	await overdue.click();
	await expect(page).toHaveURL(/[?&]overdue=1/);
	await expect(page.getByTestId('result-count')).toContainText(String(count));
	const cards = page.getByTestId('statement-card');
	await expect(cards.first().getByTestId('overdue-flag')).toHaveText(OVERDUE);
	await cards.first().locator('blockquote a').click();
	await expect(page).toHaveURL(/\/pledges\/\d+$/);
	await expect(page.getByTestId('overdue-flag')).toHaveText(OVERDUE);
	await saveScreenshot(page, `journey-pledge-${lang}-${width}`);
	await page.goto(profile, { waitUntil: 'networkidle' });
	return profile;
}

for (const { lang, width } of runs) {
	test(`a citizen opens a legislature, its meter, an overdue pledge, and follows it by feed (${lang}, ${width} px)`, async ({ page, request, baseURL }) => {
		await legislatureToOverduePledge(page, baseURL!, lang, width);
		const follow = page.getByTestId('follow');
		await follow.locator('summary').click();
		await expect(follow.getByTestId('follow-feeds-only')).toBeVisible();
		await expect(follow.getByTestId('follow-form')).toHaveCount(0);
		const newFeed = await follow.getByTestId('follow-new-feed').getAttribute('href');
		const statusFeed = await follow.getByTestId('follow-status-feed').getAttribute('href');
		expect(newFeed).toMatch(/^\/feeds\/institutions\/[a-z0-9-]+\.atom$/);
		expect(statusFeed).toMatch(/^\/feeds\/status\.atom\?institution=[a-z0-9-]+$/);
		await expectAccessible(page, `follow open (${lang}, ${width})`);
		await saveScreenshot(page, `journey-follow-${lang}-${width}`);
		for (const href of [newFeed!, statusFeed!]) {
			const feed = await request.get(href);
			expect(feed.status()).toBe(200);
			expect(feed.headers()['content-type']).toContain('application/atom+xml');
		}
	});
}

test('with SMTP_URL, following offers email: subscribe, confirmation over SMTP, confirm; one-click unsubscribe is accepted, cross-site posts are not', async ({ browser }) => {
	test.setTimeout(240_000);
	const smtp = await startSmtpSink(2627);
	const server = await startBuiltServer({ engine: 'pglite' }, { SMTP_URL: smtp.url, MAIL_FROM: 'Pledgewatch <alerts@pledgewatch.test>' }, { port: 4622 });
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await legislatureToOverduePledge(page, server.baseURL, 'id', 1440);
		const follow = page.getByTestId('follow');
		await follow.locator('summary').click();
		const form = follow.getByTestId('follow-form');
		await expect(form).toBeVisible();
		await expectAccessible(page, 'follow with email');
		await saveScreenshot(page, 'journey-follow-email-id-1440');
		await form.getByLabel('Alamat email').fill('warga.kalteng@contoh.id');
		await form.getByRole('button').click();
		await expect(page.getByTestId('follow-result')).toContainText('warga.kalteng@contoh.id');
		const [mail] = await smtp.waitFor(1);
		expect(mail.to).toEqual(['warga.kalteng@contoh.id']);
		expect(mail.subject).toMatch(/^Konfirmasi: ringkasan Pledgewatch tentang DPRD /);
		const confirm = mail.links.find((l) => l.startsWith(`${server.baseURL}/follow/confirm?token=`))!;
		expect(confirm).toBeTruthy();

		// Opening the link confirms nothing (mail scanners open links); the button does.
		await page.goto(confirm);
		await page.getByRole('button', { name: 'Ya, kirimi saya ringkasan' }).click();
		await expect(page.getByTestId('follow-confirmed')).toContainText('Terkonfirmasi');
		await page.goto(confirm);
		await expect(page.getByTestId('follow-invalid')).toBeVisible();
		expect(smtp.mails.length).toBe(1);

		// RFC 8058: the provider's POST has no Origin; it is let through to the token check.
		const oneClick = await fetch(`${server.baseURL}/follow/unsubscribe?token=u_unknown`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'List-Unsubscribe=One-Click'
		});
		expect(oneClick.status).toBe(200);
		const crossSite = await fetch(`${server.baseURL}/follow?scope=province%3D62&/subscribe`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
			body: 'email=korban%40contoh.id&scope=province%3D62'
		});
		expect(crossSite.status).toBe(403);
		await new Promise((r) => setTimeout(r, 500));
		expect(smtp.mails.length).toBe(1);
		await context.close();
	} finally {
		await server.stop();
		await smtp.close();
	}
});
