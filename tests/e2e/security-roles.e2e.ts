// Every write route and form action checks the role on the server: each is called without a
// session, as an editor and as an admin, with real HTTP requests against the built app.
import type { APIRequestContext } from '@playwright/test';
import { ACCOUNTS, expect, formHeaders, loginAs, test, type Seeded } from './editors-server';

type Role = 'editor' | 'admin';
interface Write {
	path: string;
	form: Record<string, string>;
	needs: Role;
}

// Harmless targets (ids that do not exist, invalid slugs) so allowed calls change nothing that
// other tests rely on; the point is who gets past the role check.
function writes(s: Seeded): Write[] {
	return [
		{ path: '/admin/review?/confirm', form: { id: '999999' }, needs: 'editor' },
		{ path: '/admin/review?/reject', form: { id: '999999' }, needs: 'editor' },
		{ path: '/admin/review?/bulk', form: { ids: '999999', decision: 'reject' }, needs: 'editor' },
		{ path: '/admin/review?/edit', form: { id: '999999', kind: 'pledge', category: 'budget', strength: 'firm' }, needs: 'editor' },
		{ path: '/admin/institutions?/details', form: { slug: 'no-such-slug', kind: 'agency' }, needs: 'editor' },
		{ path: '/admin/institutions?/rename', form: { slug: 'no-such-slug', newName: 'X', reason: 'test' }, needs: 'editor' },
		{ path: '/admin/institutions?/merge', form: { from: 'no-such-a', into: 'no-such-b', reason: 'test' }, needs: 'editor' },
		{ path: `/admin/pledges/${s.xss}?/status`, form: { status: 'kept', effectiveOn: '2025-01-01', reason: 'r', sourceArticleId: '999999' }, needs: 'editor' },
		{ path: `/admin/pledges/${s.xss}?/accept`, form: { update: '999999' }, needs: 'editor' },
		{ path: `/admin/pledges/${s.xss}?/dismiss`, form: { update: '999999' }, needs: 'editor' },
		{ path: '/admin/updates?/scan', form: {}, needs: 'editor' },
		{ path: '/admin/updates?/decide', form: { update: '999999', decision: 'accept' }, needs: 'editor' },
		{ path: '/admin/reports?/close', form: { report: '999999', state: 'dismissed' }, needs: 'editor' },
		{ path: '/admin/users?/access', form: { user: '999999', disabled: 'true' }, needs: 'admin' },
		{ path: '/admin/users?/revoke', form: { token: '999999' }, needs: 'admin' }
	];
}

const PAGES: { path: string; needs: Role }[] = [
	{ path: '/admin', needs: 'editor' },
	{ path: '/admin/review', needs: 'editor' },
	{ path: '/admin/institutions', needs: 'editor' },
	{ path: '/admin/updates', needs: 'editor' },
	{ path: '/admin/reports', needs: 'editor' },
	{ path: '/admin/audit', needs: 'admin' },
	{ path: '/admin/users', needs: 'admin' }
];

test.describe('role checks on every write', () => {
	let s: Seeded;
	const clients: Partial<Record<'anonymous' | Role, APIRequestContext>> = {};

	test.beforeAll(async ({ editorsServer, playwright }) => {
		s = editorsServer.seed('roles');
		for (const who of ['anonymous', 'editor', 'admin'] as const) {
			const client = await playwright.request.newContext({ baseURL: editorsServer.baseURL });
			if (who !== 'anonymous') expect(await loginAs(client, editorsServer.baseURL, ACCOUNTS[who])).toBe(303);
			clients[who] = client;
		}
	});
	test.afterAll(async () => {
		for (const client of Object.values(clients)) await client?.dispose();
	});

	test('form actions: 401 without a session, 403 for a too-small role, allowed otherwise', async ({ editorsServer }) => {
		const rows: string[] = [];
		for (const write of writes(s)) {
			for (const who of ['anonymous', 'editor', 'admin'] as const) {
				const res = await clients[who]!.post(write.path, { form: write.form, headers: formHeaders(editorsServer.baseURL), maxRedirects: 0 });
				const expected = who === 'anonymous' ? 401 : who === 'editor' && write.needs === 'admin' ? 403 : 'allowed';
				const got = [401, 403].includes(res.status()) ? res.status() : 'allowed';
				rows.push(`${write.path} as ${who}: ${got}${got === expected ? '' : ` (expected ${expected}, status ${res.status()})`}`);
				expect(res.status(), `${write.path} as ${who}`).toBeLessThan(500);
			}
		}
		expect(rows.filter((r) => r.includes('expected'))).toEqual([]);
		expect(rows).toHaveLength(writes(s).length * 3);
	});

	test('pages: anonymous visitors are sent to the login page, editors cannot open admin-only pages', async () => {
		for (const page of PAGES) {
			const anon = await clients.anonymous!.get(page.path, { maxRedirects: 0 });
			expect(anon.status(), page.path).toBe(303);
			expect(anon.headers()['location']).toBe(`/login?next=${encodeURIComponent(page.path)}`);
			expect((await clients.editor!.get(page.path, { maxRedirects: 0 })).status(), page.path).toBe(page.needs === 'admin' ? 403 : 200);
			expect((await clients.admin!.get(page.path, { maxRedirects: 0 })).status(), page.path).toBe(200);
		}
	});

	test('a refused action changes nothing', async ({ editorsServer }) => {
		const res = await clients.anonymous!.post('/admin/review?/reject', { form: { id: String(s.low) }, headers: formHeaders(editorsServer.baseURL) });
		expect(res.status()).toBe(401);
		const editorUsers = await clients.editor!.post('/admin/users?/access', {
			form: { user: '1', disabled: 'true' },
			headers: formHeaders(editorsServer.baseURL)
		});
		expect(editorUsers.status()).toBe(403);
		const queue = await clients.editor!.get('/admin/review');
		expect(await queue.text()).toContain(`data-review-item="${s.low}"`);
		// The admin account (id 1 or 2) can still log in: the editor could not disable it.
		expect(await loginAs(clients.admin!, editorsServer.baseURL, ACCOUNTS.admin)).toBe(303);
		expect(await loginAs(clients.editor!, editorsServer.baseURL, ACCOUNTS.editor)).toBe(303);
	});

	test('cross-site form posts are refused even with a valid session (SvelteKit origin check)', async () => {
		const res = await clients.editor!.post('/admin/review?/reject', { form: { id: String(s.low) }, headers: formHeaders('https://evil.example') });
		expect(res.status()).toBe(403);
		expect(await (await clients.editor!.get('/admin/review')).text()).toContain(`data-review-item="${s.low}"`);
	});
});
