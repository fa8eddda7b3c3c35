// Response hardening: CSP without inline scripts, framing rules, safe login return paths, body
// limits, and error pages without internals.
import { ACCOUNTS, expect, formHeaders, loginAs, loginInBrowser, test } from './editors-server';

function directives(csp: string | undefined): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of (csp ?? '').split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) map.set(name, values);
	}
	return map;
}

test.describe('security headers and hardening', () => {
	test('pages carry a CSP whose scripts need a nonce, plus nosniff, referrer policy and no framing', async ({ request }) => {
		for (const path of ['/', '/login', '/corrections']) {
			const res = await request.get(path);
			expect(res.status(), path).toBe(200);
			const headers = res.headers();
			const csp = directives(headers['content-security-policy']);
			const scripts = csp.get('script-src') ?? [];
			expect(scripts, path).toContain("'self'");
			expect(scripts.some((v) => v.startsWith("'nonce-")), path).toBe(true);
			expect(scripts, path).not.toContain("'unsafe-inline'");
			expect(scripts, path).not.toContain("'unsafe-eval'");
			expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
			expect(csp.get('object-src'), path).toEqual(["'none'"]);
			expect(csp.get('base-uri'), path).toEqual(["'self'"]);
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
			expect(headers['x-frame-options']).toBe('DENY');
		}
	});

	test('embeds may be framed by other sites', async ({ request }) => {
		const res = await request.get('/embed/does-not-exist');
		const csp = directives(res.headers()['content-security-policy']);
		expect(csp.get('frame-ancestors')).toEqual(['*']);
		expect(res.headers()['x-frame-options']).toBeUndefined();
	});

	test('the app hydrates under the CSP without violations', async ({ page }) => {
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
		});
		for (const path of ['/', '/pledges', '/legislatures', '/corrections', '/login']) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
		}
		await loginInBrowser(page, ACCOUNTS.editor, '/admin/review');
		await expect(page.locator('ol.queue[data-ready="true"]')).toBeVisible();
		expect(violations).toEqual([]);
	});

	test('login return paths stay on this site', async ({ playwright, editorsServer }) => {
		const cases: [string, string][] = [
			['/admin/reports', '/admin/reports'],
			['//evil.example/x', '/admin'],
			['https://evil.example/', '/admin'],
			['/\\evil.example', '/admin'],
			['javascript:alert(1)', '/admin']
		];
		for (const [next, expected] of cases) {
			const api = await playwright.request.newContext({ baseURL: editorsServer.baseURL });
			const res = await api.post('/login', {
				form: { email: ACCOUNTS.editor, password: 'e2e password that is long', next },
				headers: formHeaders(editorsServer.baseURL),
				maxRedirects: 0
			});
			expect(res.status(), next).toBe(303);
			expect(res.headers()['location'], next).toBe(expected);
			// An already logged-in visitor opening /login?next=… is redirected the same way.
			const again = await api.get(`/login?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
			expect(again.headers()['location'], next).toBe(expected);
			await api.dispose();
		}
	});

	test('form bodies over the limit are refused before they are parsed', async ({ request, editorsServer, playwright }) => {
		const big = 'x'.repeat(100_000);
		const login = await request.post('/login', { form: { email: 'a@b.example', password: big }, headers: formHeaders(editorsServer.baseURL) });
		expect(login.status()).toBe(413);
		const report = await request.post('/pledges/1/report', { form: { message: big }, headers: formHeaders(editorsServer.baseURL) });
		expect([404, 413]).toContain(report.status());
		const editor = await playwright.request.newContext({ baseURL: editorsServer.baseURL });
		await loginAs(editor, editorsServer.baseURL, ACCOUNTS.editor);
		const bulk = await editor.post('/admin/review?/bulk', {
			form: { decision: 'reject', reason: big },
			headers: formHeaders(editorsServer.baseURL)
		});
		expect(bulk.status()).toBe(413);
		await editor.dispose();
	});

	test('error pages show no stack trace, file path or SQL', async ({ request, playwright, editorsServer }) => {
		const editor = await playwright.request.newContext({ baseURL: editorsServer.baseURL });
		await loginAs(editor, editorsServer.baseURL, ACCOUNTS.editor);
		const responses = [
			await request.get('/pledges/not-a-number/report'),
			await request.get('/pledges/99999999999999999999/report'),
			await editor.get('/admin/pledges/2147483648'),
			await editor.post('/admin/review?/confirm', {
				headers: formHeaders(editorsServer.baseURL, { 'content-type': 'multipart/form-data; boundary=zzz' }),
				data: '--zzz\r\nbroken'
			}),
			await editor.post('/admin/review?/confirm', { form: { id: "1; drop table statements" }, headers: formHeaders(editorsServer.baseURL) })
		];
		for (const res of responses) {
			expect(res.status()).toBeGreaterThanOrEqual(400);
			expect(res.status()).toBeLessThan(500);
			const body = await res.text();
			expect(body).not.toMatch(/\bat .+:\d+:\d+/);
			expect(body).not.toMatch(/node_modules|\/work\/|src\/lib/);
			expect(body).not.toMatch(/\bselect\b.+\bfrom\b|syntax error|relation "/i);
		}
		await editor.dispose();
	});
});
