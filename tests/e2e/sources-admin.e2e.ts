// /admin/sources in a real browser (issue 14, item 1): an editor adds a feed (Indonesian, 1440 px)
// and a push source (English, 390 px), pauses, resumes, changes the interval and asks for a read;
// a post with the push token counts for its source; axe finds nothing serious; anonymous visitors
// and cross-site form posts are turned away.
import { expect, test, type Page } from '@playwright/test';
import { startBuiltServer, type BuiltServer } from './built-server';
import { expectAccessible, saveScreenshot } from './dashboard-helpers';
import { startFixtureSite, type FixtureSite } from '../fixtures/feeds/site';

const EDITOR = 'sources-editor@e2e.example';
const PASSWORD = 'sources editor password';

test.describe('news sources admin', () => {
	test.describe.configure({ mode: 'serial', timeout: 120_000 });
	let server: BuiltServer;
	let site: FixtureSite;

	test.beforeAll(async () => {
		test.setTimeout(180_000);
		site = await startFixtureSite();
		server = await startBuiltServer({ engine: 'pglite' }, { PLEDGEWATCH_DEMO: '0' });
		const added = server.tsx('scripts/user.ts', ['add', EDITOR, '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`);
		if (added.status !== 0) throw new Error(`could not add ${EDITOR}: ${added.stderr}`);
	});
	test.afterAll(async () => {
		await server?.stop();
		await site?.close();
	});

	async function logIn(page: Page, lang: 'id' | 'en') {
		await page.goto(`${server.baseURL}/login?next=/admin/sources`);
		await page.getByLabel('Email').fill(EDITOR);
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Log in' }).click();
		await page.waitForURL((url) => url.pathname === '/admin/sources');
		await page.goto(`${server.baseURL}/admin/sources?lang=${lang}`);
	}

	test('anonymous visitors are sent to the login page, and cross-site posts are refused', async ({ request }) => {
		const page = await request.get(`${server.baseURL}/admin/sources`, { maxRedirects: 0 });
		expect(page.status()).toBe(303);
		expect(page.headers()['location']).toContain('/login?next=%2Fadmin%2Fsources');
		const forged = await request.post(`${server.baseURL}/admin/sources?/add`, {
			form: { kind: 'feed', url: 'https://penyusup.example/feed.xml' },
			headers: { origin: 'https://penyusup.example', accept: 'text/html' },
			maxRedirects: 0
		});
		expect(forged.status()).toBe(403);
	});

	test('an editor adds a feed in Indonesian at 1440 px, pauses it, resumes it and sets its interval', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const page = await context.newPage();
		await logIn(page, 'id');
		await expect(page.getByRole('heading', { level: 1, name: 'Sumber berita' })).toBeVisible();
		await page.getByLabel('Alamat umpan (untuk umpan)').fill('bukan-alamat');
		await page.getByRole('button', { name: 'Tambah sumber' }).click();
		// The browser's own check stops a malformed URL; the server's is tested with a non-http one.
		await page.getByLabel('Alamat umpan (untuk umpan)').fill('ftp://kabar.example/feed');
		await page.getByRole('button', { name: 'Tambah sumber' }).click();
		await expect(page.getByRole('alert')).toHaveText('“ftp://kabar.example/feed”: hanya alamat http dan https yang dapat dibaca.');

		await page.getByLabel('Nama').fill('Kabar Borneo Fiksi');
		await page.getByLabel('Alamat umpan (untuk umpan)').fill(site.feedUrl);
		await page.getByLabel('Selang baca (menit)').first().fill('15');
		await page.getByRole('button', { name: 'Tambah sumber' }).click();
		await expect(page.getByRole('status')).toHaveText('Sumber “Kabar Borneo Fiksi” ditambahkan.');
		const card = page.locator('li.source', { hasText: 'Kabar Borneo Fiksi' });
		await expect(card).toContainText('Umpan (RSS/Atom)');
		await expect(card).toContainText(site.feedUrl);
		await expect(card.locator('.badge')).toHaveText(/Kesehatan: (Menunggu bacaan pertama|Sehat)/);

		await card.getByRole('button', { name: 'Jeda' }).click();
		await expect(page.getByRole('status')).toHaveText('“Kabar Borneo Fiksi” dijeda.');
		await expect(card.locator('.badge')).toHaveText('Kesehatan: Dijeda');
		await expect(card.getByRole('button', { name: 'Baca sekarang' })).toBeDisabled();
		await card.getByRole('button', { name: 'Lanjutkan' }).click();
		await expect(page.getByRole('status')).toHaveText('“Kabar Borneo Fiksi” dilanjutkan.');
		await card.getByLabel('Selang baca (menit)').fill('45');
		await card.getByRole('button', { name: 'Simpan selang' }).click();
		await expect(page.getByRole('status')).toHaveText('“Kabar Borneo Fiksi” kini dibaca setiap 45 menit.');
		await card.getByRole('button', { name: 'Baca sekarang' }).click();
		await expect(page.getByRole('status')).toHaveText('“Kabar Borneo Fiksi” akan dibaca dalam beberapa detik.');
		// The same feed again is refused as already listed.
		await page.getByLabel('Alamat umpan (untuk umpan)').fill(site.feedUrl);
		await page.getByRole('button', { name: 'Tambah sumber' }).click();
		await expect(page.getByRole('alert')).toHaveText('Umpan dengan alamat itu sudah terdaftar.');
		await expectAccessible(page, 'sources (id, 1440)');
		await saveScreenshot(page, 'sources-id-1440');
		await context.close();
	});

	test('an editor adds a push source in English at 390 px; a post with its token counts for it', async ({ browser, request }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await logIn(page, 'en');
		await page.getByLabel('Kind').selectOption('push');
		await page.getByLabel('Name').fill('Newsroom desk uploads');
		await page.getByRole('button', { name: 'Add source' }).click();
		await expect(page.getByRole('status')).toHaveText('Source “Newsroom desk uploads” added.');
		const token = (await page.locator('.token code').textContent())!.trim();
		expect(token).toMatch(/^pwt_/);
		const posted = await request.post(`${server.baseURL}/api/articles`, {
			headers: { authorization: `Bearer ${token}` },
			data: {
				title: 'Dewan Kota Contoh siap dukung taman baca',
				url: 'https://kabar-meja.example/taman-baca',
				published: '2025-05-02',
				text: 'PALANGKA RAYA – Ketua DPRD Kota Contoh, Maria Ulin, menyatakan siap mendukung program taman baca di setiap kelurahan melalui fungsi anggaran, Jumat (2/5/2025). “Kami berkomitmen mengalokasikan Rp 1 miliar untuk taman baca,” ujar Maria.'
			}
		});
		expect(posted.status(), await posted.text()).toBe(200);
		await page.reload();
		const card = page.locator('li.source', { hasText: 'Newsroom desk uploads' });
		await expect(card).toContainText('Push token (API)');
		await expect(card).toContainText('1 seen · 1 new · 0 failed');
		await expect(card.locator('.badge')).toHaveText('Health: Healthy');
		await expect(page.locator('body')).not.toContainText(token);
		await expectAccessible(page, 'sources (en, 390)');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await saveScreenshot(page, 'sources-en-390');
		await context.close();
	});
});
