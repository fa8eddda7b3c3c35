// Editors' journeys in Chromium against the built app: log in, work the review queue with the
// keyboard, bulk-reject, merge institutions, record a pledge status; the public corrections log
// and the report form; sessions, logout and login throttling.
import { ACCOUNTS, expect, formHeaders, loginAs, loginInBrowser, PASSWORD, test, type Seeded } from './editors-server';

test.describe('editors', () => {
	let s: Seeded;
	test.beforeAll(({ editorsServer }) => {
		s = editorsServer.seed('rev');
	});

	test('review queue: keyboard confirm, reject and edit; the corrections log shows the changes but not the confirmation', async ({ page }) => {
		await loginInBrowser(page, ACCOUNTS.editor, '/admin/review');
		await expect(page.locator('ol.queue[data-ready="true"]')).toBeVisible();
		const first = page.locator('[data-review-item]').first();
		await expect(first).toHaveAttribute('data-review-item', String(s.low));
		// Evidence in context: the sentence is highlighted inside the text around it.
		await expect(first.locator('mark')).toContainText('siap mendukung program rehabilitasi');
		await expect(first.locator('.context').first()).toContainText('Pembukaan rapat.');

		await page.keyboard.press('c');
		await expect(page.getByRole('status')).toHaveText('Confirmed 1 statement.');
		await expect(page.locator(`[data-review-item="${s.low}"]`)).toHaveCount(0);

		await expect(page.locator('[data-review-item]').first()).toHaveAttribute('data-review-item', String(s.mid));
		await page.keyboard.press('r');
		await expect(page.getByRole('status')).toHaveText('Rejected 1 statement.');
		await expect(page.locator(`[data-review-item="${s.mid}"]`)).toHaveCount(0);

		const card = page.locator(`[data-review-item="${s.high}"]`);
		await expect(page.locator('[data-review-item]').first()).toHaveAttribute('data-review-item', String(s.high));
		await page.keyboard.press('e');
		await expect(card.getByLabel('Kind')).toBeFocused();
		await card.getByLabel('Category').selectOption('regulation');
		await card.getByLabel('Actor (slug)').fill(`dprd-contoh-${s.tag}`);
		await card.getByLabel('Amount (Rp)').fill('1400000000000');
		await card.getByLabel('Amount is').selectOption('about');
		await card.getByLabel('Reason').fill('The chair spoke for the provincial DPRD');
		await card.getByRole('button', { name: 'Save edit' }).click();
		await expect(page.getByRole('status')).toHaveText(`Saved statement ${s.high}.`);
		await expect(card).toHaveCount(0);

		await page.goto('/corrections');
		const edit = page.locator('li[data-correction]', { hasText: 'The chair spoke for the provincial DPRD' });
		await expect(edit).toContainText('Statement corrected');
		await expect(edit).toContainText('category: program → regulation');
		await expect(edit.getByRole('link', { name: `statement ${s.high}` })).toHaveAttribute('href', `/pledges/${s.high}`);
		await expect(page.locator('li[data-correction]', { hasText: `statement ${s.mid}` })).toContainText('Statement removed');
		await expect(page.getByRole('link', { name: `statement ${s.low}` })).toHaveCount(0);
	});

	test('bulk reject with x-selection', async ({ page, editorsServer }) => {
		const b = editorsServer.seed('bulk');
		await loginInBrowser(page, ACCOUNTS.editor, '/admin/review');
		await expect(page.locator('ol.queue[data-ready="true"]')).toBeVisible();
		await expect(page.locator('[data-review-item]').first()).toHaveAttribute('data-review-item', String(b.low));
		await page.keyboard.press('j');
		await page.keyboard.press('k');
		await page.keyboard.press('x');
		await page.keyboard.press('j');
		await page.keyboard.press('x');
		await expect(page.locator(`[data-review-item="${b.mid}"]`)).toBeFocused();
		await page.locator('#bulk-form').getByLabel('Reason (optional)').fill('Duplicate of a clearer statement');
		await page.getByRole('button', { name: 'Reject selected' }).click();
		await expect(page.getByRole('status')).toHaveText('Rejected 2 statements.');
		await expect(page.locator(`[data-review-item="${b.low}"], [data-review-item="${b.mid}"]`)).toHaveCount(0);
		await expect(page.locator(`[data-review-item="${b.high}"]`)).toHaveCount(1);
	});

	test('merging a duplicate institution moves its statements and takes it off the list', async ({ page }) => {
		await loginInBrowser(page, ACCOUNTS.editor, '/admin/institutions');
		await expect(page.locator(`tr[data-institution="dprd-contoh-dup-${s.tag}"]`)).toHaveCount(1);
		await page.getByLabel('Merge (slug)').fill(`dprd-contoh-dup-${s.tag}`);
		await page.getByLabel('into (slug)').fill(`dprd-contoh-${s.tag}`);
		await page.locator('form[action="?/merge"]').getByLabel('Reason').fill('Same legislature, short name');
		await page.getByRole('button', { name: 'Merge' }).click();
		await expect(page.getByRole('status')).toContainText(`Merged dprd-contoh-dup-${s.tag} into dprd-contoh-${s.tag}`);
		await expect(page.locator(`tr[data-institution="dprd-contoh-dup-${s.tag}"]`)).toHaveCount(0);
		// The reviewed statements moved: the survivor now has the edited one and the confirmed one.
		await expect(page.locator(`tr[data-institution="dprd-contoh-${s.tag}"] td`).first()).toHaveText(/^[1-9]/);
		// The old address redirects to the institution that stayed.
		const old = await page.request.get(`/institutions/dprd-contoh-dup-${s.tag}`, { maxRedirects: 0 });
		expect(old.status()).toBe(301);
		expect(old.headers()['location']).toBe(`/institutions/dprd-contoh-${s.tag}`);
		await page.goto('/corrections');
		await expect(page.locator('li[data-correction]', { hasText: 'Same legislature, short name' })).toContainText('Duplicate institution merged');
	});

	test('recording a pledge status needs an http(s) source and moves the status', async ({ page }) => {
		await loginInBrowser(page, ACCOUNTS.editor, `/admin/pledges/${s.low}`);
		await expect(page.getByTestId('current-status')).toHaveText('not yet rated');
		await page.getByLabel('Status').selectOption('in_progress');
		await page.getByLabel('Reason').fill('Programme launched in May');
		await page.getByLabel('Outside URL').fill('javascript:alert(1)');
		await page.getByRole('button', { name: 'Record status' }).click();
		await expect(page.getByRole('alert')).toContainText('must be an http:// or https:// address');
		await expect(page.getByTestId('current-status')).toHaveText('not yet rated');
		await page.getByLabel('Reason').fill('Programme launched in May');
		await page.getByLabel('Outside URL').fill('https://gov.example/launch');
		await page.getByRole('button', { name: 'Record status' }).click();
		await expect(page.getByRole('status')).toHaveText('Status recorded: in progress.');
		await expect(page.getByTestId('current-status')).toHaveText('in progress');
		await expect(page.locator('.history')).toContainText('Programme launched in May');
		await expect(page.locator('.history a[href="https://gov.example/launch"]')).toHaveCount(1);
	});

	test('anyone can report a problem; editors see it; reports are rate-limited', async ({ page, browser, editorsServer }) => {
		const anonymous = await browser.newContext({ baseURL: editorsServer.baseURL });
		const visitor = await anonymous.newPage();
		await visitor.goto(`/pledges/${s.high}/report`);
		await expect(visitor.locator('blockquote')).toContainText('siap mendukung program rehabilitasi');
		await visitor.getByLabel('What is wrong?').fill('The amount belongs to next year, not this one.');
		await visitor.getByRole('button', { name: 'Send report' }).click();
		await expect(visitor.getByRole('status')).toContainText('Thank you');
		const statuses: number[] = [];
		for (let i = 0; i < 5; i++) {
			const res = await anonymous.request.post(`/pledges/${s.high}/report`, {
				form: { message: `Another problem number ${i}` },
				headers: formHeaders(editorsServer.baseURL)
			});
			statuses.push(res.status());
		}
		expect(statuses).toEqual([200, 200, 200, 200, 429]);
		await anonymous.close();

		await loginInBrowser(page, ACCOUNTS.editor, '/admin/reports');
		const report = page.locator('li', { hasText: 'The amount belongs to next year' });
		await expect(report).toHaveCount(1);
		await report.getByRole('button', { name: 'Resolved' }).click();
		await expect(page.getByRole('status')).toContainText('resolved');
		await expect(page.locator('li', { hasText: 'The amount belongs to next year' })).toHaveCount(0);
	});

	test('session cookie flags, logout ends the session on the server', async ({ playwright, editorsServer }) => {
		const api = await playwright.request.newContext({ baseURL: editorsServer.baseURL });
		const res = await api.post('/login', { form: { email: ACCOUNTS.editor, password: PASSWORD, next: '/admin/review' }, headers: formHeaders(editorsServer.baseURL), maxRedirects: 0 });
		expect(res.status()).toBe(303);
		expect(res.headers()['location']).toBe('/admin/review');
		const cookie = res.headers()['set-cookie'];
		expect(cookie).toMatch(/^pw_session=[\w-]{43};/);
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect(cookie).not.toMatch(/Secure/i);
		const token = /pw_session=([\w-]+)/.exec(cookie)![1];
		expect((await api.get('/admin/review', { maxRedirects: 0 })).status()).toBe(200);
		const out = await api.post('/logout', { headers: formHeaders(editorsServer.baseURL), form: {}, maxRedirects: 0 });
		expect(out.status()).toBe(303);
		expect((await api.get('/admin/review', { maxRedirects: 0 })).status()).toBe(303);
		// Replaying the old cookie does not work: the session is gone from the database.
		const replay = await api.post('/admin/review?/confirm', {
			headers: formHeaders(editorsServer.baseURL, { cookie: `pw_session=${token}` }),
			form: { id: String(s.high) },
			maxRedirects: 0
		});
		expect(replay.status()).toBe(401);
		await api.dispose();
	});

	test('login is throttled after repeated failures for an account; the CLI joins the running server', async ({ playwright, editorsServer }) => {
		const added = editorsServer.cli(['add', 'throttle@e2e.example', '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`);
		expect(added.status).toBe(0);
		const listed = editorsServer.cli(['list']);
		expect(listed.stdout).toContain('throttle@e2e.example\teditor');
		expect(listed.stdout).toContain(`${ACCOUNTS.admin}\tadmin`);
		const api = await playwright.request.newContext({ baseURL: editorsServer.baseURL });
		for (let i = 0; i < 5; i++) expect(await loginAs(api, editorsServer.baseURL, 'throttle@e2e.example', `wrong guess ${i}`)).toBe(400);
		expect(await loginAs(api, editorsServer.baseURL, 'throttle@e2e.example')).toBe(429);
		// Other accounts from the same address still log in.
		expect(await loginAs(api, editorsServer.baseURL, ACCOUNTS.admin)).toBe(303);
		await api.dispose();
	});
});
