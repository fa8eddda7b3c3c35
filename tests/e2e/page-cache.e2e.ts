// The page cache on the built server: revalidation answers 304, an ingest shows at once under a
// new ETag, a replayed page hydrates under its fresh CSP nonce, and editors' pages stay private.
import { ACCOUNTS, expect, loginAs, test } from './editors-server';

const FILLER = 'Pertemuan berlangsung di ruang rapat utama dan dihadiri sejumlah kepala bidang serta perwakilan organisasi masyarakat sipil dari berbagai kecamatan.';
const article = (word: string) => ({
	title: `Dewan ${word} siap mendukung pembinaan`,
	url: `https://kabar-contoh.example/${word}`,
	published: '2025-02-03',
	outlet: 'Kabar Contoh',
	text:
		`PALANGKA RAYA, Kabar Contoh – Ketua DPRD Provinsi Kalteng, Rudi Lestiono, menyatakan siap mendukung program ${word} melalui fungsi pengawasan dan anggaran, Senin (3/2/2025).\n${FILLER}\n` +
		`“Kami berkomitmen mengalokasikan anggaran sebesar Rp 12,5 miliar pada APBD 2026 untuk program ${word},” ujar Lestiono.\n${FILLER}`
});

test.describe('page cache', () => {
	test('a second request with If-None-Match answers 304; an ingest changes the page and its ETag', async ({ request, editorsServer }) => {
		const word = `zorbalit${Date.now().toString(36)}`;
		const path = `/pledges?q=${word}`;
		const first = await request.get(path);
		expect(first.status()).toBe(200);
		expect(first.headers()['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
		const etag = first.headers()['etag'];
		expect(etag).toMatch(/^W\/"/);
		expect(await first.text()).not.toContain(`program ${word}`);
		const again = await request.get(path, { headers: { 'if-none-match': etag } });
		expect(again.status()).toBe(304);
		expect(again.headers()['etag']).toBe(etag);

		const created = editorsServer.cli(['token', 'add', `cache-${word}`, '--scope', 'ingest']);
		expect(created.status, created.stderr).toBe(0);
		const token = created.stdout.split('\n').find((line) => /^\S{20,}$/.test(line.trim()))!.trim();
		const posted = await request.post('/api/articles', { data: article(word), headers: { authorization: `Bearer ${token}` } });
		expect(posted.status(), await posted.text()).toBeLessThan(300);

		// The data version is read at most once a second.
		await expect
			.poll(async () => (await request.get(path, { headers: { 'if-none-match': etag } })).status(), { timeout: 10_000 })
			.toBe(200);
		const after = await request.get(path);
		expect(after.headers()['etag']).not.toBe(etag);
		expect(await after.text()).toContain(word);
	});

	test('a page replayed from the cache hydrates under its own nonce', async ({ page }) => {
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
		});
		const nonces: string[] = [];
		for (let i = 0; i < 2; i++) {
			const response = await page.goto('/legislatures', { waitUntil: 'networkidle' });
			// Playwright's page.goto may be answered by the browser's own cache; ask the server.
			nonces.push((await page.request.get('/legislatures')).headers()['content-security-policy'].match(/'nonce-([^']+)'/)![1]);
			expect(response!.ok()).toBe(true);
		}
		const replay = await page.request.get('/legislatures');
		expect(replay.headers()['x-page-cache']).toBe('hit');
		expect(new Set(nonces).size).toBe(2);
		await page.reload({ waitUntil: 'networkidle' });
		expect(violations).toEqual([]);
	});

	test('a logged-in editor is neither served from nor stored into the public cache', async ({ playwright, editorsServer, request }) => {
		const editor = await playwright.request.newContext({ baseURL: editorsServer.baseURL });
		try {
			expect(await loginAs(editor, editorsServer.baseURL, ACCOUNTS.editor)).toBe(303);
			// Warm for the public, then the editor asks with the public ETag.
			const warm = await request.get('/agencies');
			await request.get('/agencies');
			const mine = await editor.get('/agencies', { headers: { 'if-none-match': warm.headers()['etag'] } });
			expect(mine.status()).toBe(200);
			expect(mine.headers()['cache-control']).toBe('private, no-store');
			// SvelteKit's own body hash may remain (unique per render: the nonce); never the public tag.
			expect(mine.headers()['etag']).not.toBe(warm.headers()['etag']);
			expect(mine.headers()['x-page-cache']).toBe('bypass');
			// The editor first on a URL leaves nothing for the public.
			const unique = `/pledges?q=editorfirst${Date.now().toString(36)}`;
			expect((await editor.get(unique)).headers()['x-page-cache']).toBe('bypass');
			const publicAfter = await request.get(unique);
			expect(publicAfter.headers()['x-page-cache']).toBe('miss');
			expect(publicAfter.headers()['cache-control']).toContain('public');
		} finally {
			await editor.dispose();
		}
	});
});
