// Findings of the security probe (issue 15), replayed over HTTP against the built server: return
// paths that become protocol-relative once dot segments resolve, the reserved action name,
// out-of-range cursors and ids, and a percent-encoded /admin.
import type { APIRequestContext } from '@playwright/test';
import { ACCOUNTS, expect, formHeaders, loginAs, test } from './editors-server';

test.describe('security probe findings', () => {
	let admin: APIRequestContext;
	let anonymous: APIRequestContext;

	test.beforeAll(async ({ editorsServer, playwright }) => {
		admin = await playwright.request.newContext({ baseURL: editorsServer.baseURL });
		expect(await loginAs(admin, editorsServer.baseURL, ACCOUNTS.admin)).toBe(303);
		anonymous = await playwright.request.newContext({ baseURL: editorsServer.baseURL });
	});
	test.afterAll(async () => {
		await admin.dispose();
		await anonymous.dispose();
	});

	test('a logged-in editor is never sent off-site by a login link', async () => {
		for (const next of ['/.//evil.example', '/..//evil.example', '/%2e%2e//evil.example', '/%2E//evil.example', '/a/..//evil.example']) {
			const res = await admin.get(`/login?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
			expect(res.status(), next).toBe(303);
			expect(res.headers()['location'], next).toBe('/admin');
		}
	});

	test('posting to the reserved action name "default" is a 404, not a server error', async ({ editorsServer }) => {
		for (const path of ['/admin/users?/default', '/login?/default']) {
			const res = await admin.post(path, { form: { user: '1' }, headers: formHeaders(editorsServer.baseURL), maxRedirects: 0 });
			expect(res.status(), path).toBe(404);
		}
	});

	test('a cursor beyond any row number is ignored, not a server error', async () => {
		for (const before of ['99999999999999999999', '2147483648', '1e400', '-1', '12abc']) {
			expect((await anonymous.get(`/corrections?before=${before}`)).status(), `/corrections ${before}`).toBe(200);
			expect((await admin.get(`/admin/audit?before=${before}`)).status(), `/admin/audit ${before}`).toBe(200);
		}
		expect((await anonymous.get('/pledges?cursor=none_9999999999')).status()).toBe(200);
	});

	test('an id beyond the id range is "not found", not a server error', async () => {
		for (const path of ['/pledges/9999999999', '/pledges/2147483648', '/articles/9999999999', '/api/v1/pledges/9999999999', '/cite/pledges/9999999999.json']) {
			expect((await anonymous.get(path)).status(), path).toBe(404);
		}
	});

	test('a percent-encoded /admin is guarded like /admin', async ({ editorsServer }) => {
		for (const path of ['/%61dmin', '/%61dmin/users', '/%2561dmin/users', '/admin%2Fusers', '/x/../%61dmin']) {
			const page = await anonymous.get(path, { maxRedirects: 0 });
			expect(page.status(), `GET ${path}`).not.toBe(200);
			expect(page.status(), `GET ${path}`).toBeLessThan(500);
		}
		for (const path of ['/%61dmin', '/%61dmin/users']) {
			const page = await anonymous.get(path, { maxRedirects: 0 });
			expect(page.status(), `GET ${path}`).toBe(303);
			expect(page.headers()['location'], `GET ${path}`).toMatch(/^\/login\?next=/);
		}
		const write = await anonymous.post('/%61dmin/users?/access', { form: { user: '1', disabled: 'true' }, headers: formHeaders(editorsServer.baseURL), maxRedirects: 0 });
		expect(write.status()).toBe(401);
	});
});
