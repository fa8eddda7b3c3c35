// /admin/sources in a real browser (issue 14, item 1): an editor adds a feed (Indonesian, 1440 px)
// and a push source (English, 390 px), pauses, resumes, changes the interval and asks for a read;
// a post with the push token counts for its source; the server's own worker (PGlite: `npm start`
// alone) reads the feed, a page that fails every retry is listed and retried from the page; axe
// finds nothing serious; anonymous visitors and cross-site form posts are turned away.
import { expect, test, type Page } from '@playwright/test';
import { startBuiltServer, type BuiltServer } from './built-server';
import { expectAccessible, saveScreenshot } from './dashboard-helpers';
import { FIXTURE_ARTICLES } from '../fixtures/feeds/articles';
import { startFixtureSite, type FixtureSite } from '../fixtures/feeds/site';

const EDITOR = 'sources-editor@e2e.example';
const PASSWORD = 'sources editor password';
const FAILING = `/berita/${FIXTURE_ARTICLES[2].slug}.html`;

test.describe('news sources admin', () => {
	test.describe.configure({ mode: 'serial', timeout: 120_000 });
	let server: BuiltServer;
	let site: FixtureSite;

	test.beforeAll(async () => {
		test.setTimeout(180_000);
		site = await startFixtureSite();
		// The third story's page fails until the test lets it through.
		site.failNext(FAILING, 1000);
		server = await startBuiltServer({ engine: 'pglite' }, { PLEDGEWATCH_DEMO: '0', SOURCES_TICK_SECONDS: '0.5', JOBS_POLL_SECONDS: '0.5', JOBS_RETRY_DELAY_SECONDS: '1' });
		const added = server.tsx('scripts/user.ts', ['add', EDITOR, '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`);
		if (added.status !== 0) throw new Error(`could not add ${EDITOR}: ${added.stderr}`);
	});
	test.afterAll(async () => {
		await server?.stop();
		await site?.close();
	});

	async function logIn(page: Page, lang: 'id' | 'en') {
		await page.goto(`${server.baseURL}/login?next=/admin/sources`, { waitUntil: 'networkidle' });
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

	test('the server reads the feed itself; a page that failed every retry is listed and retried', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const page = await context.newPage();
		await logIn(page, 'id');
		const card = page.locator('li.source', { hasText: 'Kabar Borneo Fiksi' });
		await expect(async () => {
			await page.reload();
			await expect(card).toContainText('3 dilihat · 2 baru · 1 gagal', { timeout: 1000 });
		}).toPass({ timeout: 60_000 });
		await expect(card.locator('.badge')).toHaveText('Kesehatan: Sehat');
		const failed = page.locator('.failed li');
		await expect(failed).toHaveCount(1);
		await expect(failed).toContainText(`${site.origin}${FAILING}`);
		await expect(failed).toContainText('HTTP 500 Internal Server Error · 4 percobaan');
		await expectAccessible(page, 'sources with a failed item (id, 1440)');
		await saveScreenshot(page, 'sources-failed-id-1440');
		site.failNext(FAILING, 0);
		await failed.getByRole('button', { name: 'Coba lagi' }).click();
		await expect(page.getByRole('status')).toHaveText('Butir dikembalikan ke antrean.');
		await expect(async () => {
			await page.reload();
			await expect(card).toContainText('3 dilihat · 3 baru · 0 gagal', { timeout: 1000 });
		}).toPass({ timeout: 60_000 });
		await expect(page.getByText('Tidak ada butir yang gagal.')).toBeVisible();
		for (const a of FIXTURE_ARTICLES.slice(0, 3)) expect(site.hits.get(`/berita/${a.slug}.html`), a.slug).toBe(a.slug === FIXTURE_ARTICLES[2].slug ? 5 : 1);
		await context.close();
	});
});
