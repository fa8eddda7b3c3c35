// Follow-ups from later news, as an editor meets them (issue 12, items 2 and 6): on a fresh
// database the demo's later articles have produced suggested status updates; the review queue leads
// to them; each shows the pledge and the later report side by side; one key accepts one, after which
// the public pledge page shows the new status and the later quote, and the audit log and the public
// corrections log record the change. Dismissing takes a suggestion off the queue and changes nothing.
import { en as messagesEn } from '../../src/lib/i18n/messages-en';
import { id as messagesId } from '../../src/lib/i18n/messages-id';
import type { PledgeStatus } from '../../src/lib/domain/vocabulary';
import { expectAccessible, saveScreenshot } from './dashboard-helpers';
import { ACCOUNTS, expect, loginInBrowser, test } from './editors-server';

test.describe('follow-up suggestions', () => {
	test('an editor compares the two quotes, accepts with one key, and the pledge, audit and corrections show it', async ({ page, browser, editorsServer }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await loginInBrowser(page, ACCOUNTS.editor, '/admin/review');
		const waiting = page.getByRole('link', { name: /suggested status updates?/ });
		await expect(waiting).toBeVisible();
		await waiting.click();
		await page.waitForURL('**/admin/updates');
		await expect(page.locator('ol.queue[data-ready="true"]')).toBeVisible();

		const first = page.locator('[data-suggestion]').first();
		const suggestionId = await first.getAttribute('data-suggestion');
		const pledgeQuote = (await first.getByTestId('pledge-quote').innerText()).trim();
		const laterQuote = (await first.getByTestId('followup-quote').innerText()).trim();
		// Both quotes, side by side, and they are different sentences from different articles.
		expect(pledgeQuote.length).toBeGreaterThan(30);
		expect(laterQuote.length).toBeGreaterThan(30);
		expect(laterQuote).not.toBe(pledgeQuote);
		const pledgeBox = await first.getByTestId('pledge-quote').boundingBox();
		const laterBox = await first.getByTestId('followup-quote').boundingBox();
		expect(laterBox!.x).toBeGreaterThan(pledgeBox!.x + pledgeBox!.width - 1);
		const proposed = (await first.locator('.proposed').innerText()).replace('Proposed: ', '').trim().replaceAll(' ', '_') as PledgeStatus;
		expect(['in_progress', 'kept', 'partly_kept', 'broken', 'stalled']).toContain(proposed);
		const pledgeHref = await first.getByRole('link', { name: /^pledge \d+$/ }).getAttribute('href');
		const pledgeId = pledgeHref!.split('/').pop()!;
		await saveScreenshot(page, 'followups-queue-1440');
		await expectAccessible(page, '/admin/updates at 1440 px');

		// One key: the focused (first) suggestion is accepted.
		await page.keyboard.press('a');
		await expect(page.getByRole('status')).toHaveText(`Accepted suggestion ${suggestionId}: the pledge's status is updated.`);
		await expect(page.locator(`[data-suggestion="${suggestionId}"]`)).toHaveCount(0);

		// The next one is dismissed with its button: it leaves the queue, its pledge keeps its status.
		const next = page.locator('[data-suggestion]').first();
		const dismissedId = await next.getAttribute('data-suggestion');
		await next.getByRole('button', { name: 'Dismiss' }).click();
		await expect(page.getByRole('status')).toHaveText(`Dismissed suggestion ${dismissedId}.`);
		await expect(page.locator(`[data-suggestion="${dismissedId}"]`)).toHaveCount(0);

		await page.setViewportSize({ width: 390, height: 844 });
		await saveScreenshot(page, 'followups-queue-390');
		await expectAccessible(page, '/admin/updates at 390 px');

		// The public pledge page: the new status, and the later sentence in its history.
		await page.goto(`/pledges/${pledgeId}`);
		const history = page.locator('section[aria-labelledby="history-title"]');
		// In the reader's language (the browser asks for English unless told otherwise).
		const t = (await page.locator('html').getAttribute('lang')) === 'en' ? messagesEn : messagesId;
		await expect(history.getByText(`${t.pledge.statusNow}:`)).toContainText(t.statuses[proposed]);
		await expect(history.locator('ol.history li').filter({ hasText: laterQuote.slice(0, 60) })).toHaveCount(1);
		await saveScreenshot(page, 'followups-pledge-390');

		// The public corrections log lists the change, newest first.
		await page.goto('/corrections');
		const correction = page.locator('li[data-correction]').first();
		await expect(correction).toContainText('Pledge status changed');
		await expect(correction.getByRole('link', { name: `statement ${pledgeId}` })).toHaveAttribute('href', `/pledges/${pledgeId}`);
		await expect(correction).toContainText(`status:`);
		// The corrections log names vocabulary values in words, in the page's language.
		await expect(correction).toContainText(`→ ${messagesEn.statuses[proposed].toLowerCase()}`);

		// The audit log (admins only) names who did it.
		const admin = await browser.newPage({ baseURL: editorsServer.baseURL });
		await loginInBrowser(admin, ACCOUNTS.admin, '/admin/audit');
		const rows = admin.locator('tbody tr');
		await expect(rows.filter({ hasText: `pledge.status statement ${pledgeId}` }).filter({ hasText: ACCOUNTS.editor })).toHaveCount(1);
		await expect(rows.filter({ hasText: 'pledge.suggestion-dismiss' }).filter({ hasText: ACCOUNTS.editor })).toHaveCount(1);
		await admin.close();
	});
});
