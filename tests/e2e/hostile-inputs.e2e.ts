// Issue 15's probe as a suite, on the built server over each engine (PGlite always; PostgreSQL when
// TEST_DATABASE_URL names a server): every route and every parameter it reads gets NUL bytes,
// invalid UTF-8, huge and non-numbers, arrays, bracketed names, 10,000-character and unknown values
// — never a 5xx, never a crash, a 400 naming the parameter where the input is malformed. Then every
// limit under 60 simultaneous attempts over HTTP: exactly its allowance passes.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startBuiltServer, testDatabaseUrl, type BuiltServer } from './built-server';
import { listRouteIds, probeRoutes, ROUTES, type Failure, type RealIds } from './hostile-inputs';

const PASSWORD = 'e2e password that is long';
const ADMIN = 'probe-admin@e2e.example';
const TARGET = 'probe-target@e2e.example';
/** Small, so that a burst of 60 must be cut; the probe gives every request its own address instead. */
const API_LIMIT = 6;
const BURST = 60;
// The app's limits (auth/throttle.ts, pledges/[id]/report): written out so a change shows up here.
const LOGIN_FAILURES_PER_ACCOUNT = 5;
const LOGIN_FAILURES_PER_IP = 20;
const REPORTS_PER_HOUR = 5;

test('the probe lists every route under src/routes', () => {
	expect(ROUTES.map((r) => r.route).sort()).toEqual(listRouteIds());
});

const engines = [{ name: 'pglite' as const }, ...(testDatabaseUrl ? [{ name: 'postgres' as const }] : [])];
if (!testDatabaseUrl) console.log('hostile-inputs: TEST_DATABASE_URL is not set, so the PostgreSQL half of this suite is skipped.');

for (const engine of engines) {
	test.describe(`hostile input and bursts on ${engine.name}`, () => {
		// The probes are bounded by request count (about 1,800 per engine), not by time: on a busy
		// 2-core machine (CI beside other jobs) they took over 2 minutes, so the limit only catches a hang.
		test.describe.configure({ mode: 'serial', timeout: 480_000 });
		let server: BuiltServer;
		let anonymous: APIRequestContext;
		let admin: APIRequestContext;
		let ids: RealIds;
		let address = 0;
		/** Each request comes from its own client address, so the API's per-client limit never cuts the probe. */
		const from = (n: number) => ({ 'x-forwarded-for': `198.18.${(n >> 8) & 255}.${n & 255}` });
		const nextAddress = () => from(50_000 + address++);
		const form = (extra: Record<string, string>) => ({ origin: server.baseURL, accept: 'text/html', ...extra });
		/**
		 * Each burst on fresh connections: a kept-alive socket that the server closes after its idle
		 * timeout, reused by the client at that moment, is a reset that has nothing to do with the app.
		 */
		const burst = async <T>(playwright: { request: { newContext(o: { baseURL: string }): Promise<APIRequestContext> } }, run: (client: APIRequestContext) => Promise<T>) => {
			const client = await playwright.request.newContext({ baseURL: server.baseURL });
			try {
				return await run(client);
			} finally {
				await client.dispose();
			}
		};

		test.beforeAll(async ({ playwright }) => {
			test.setTimeout(180_000);
			server = await startBuiltServer(engine.name === 'pglite' ? { engine: 'pglite' } : { engine: 'postgres', adminUrl: testDatabaseUrl! }, {
				ADDRESS_HEADER: 'x-forwarded-for',
				API_RATE_LIMIT_PER_MINUTE: String(API_LIMIT)
			});
			for (const [email, role] of [[ADMIN, 'admin'], [TARGET, 'editor']]) {
				const added = server.tsx('scripts/user.ts', ['add', email, '--role', role, '--password-stdin'], `${PASSWORD}\n`);
				if (added.status !== 0) throw new Error(`could not add ${email}: ${added.stderr}`);
			}
			anonymous = await playwright.request.newContext({ baseURL: server.baseURL });
			admin = await playwright.request.newContext({ baseURL: server.baseURL });
			const login = await admin.post('/login', { form: { email: ADMIN, password: PASSWORD, next: '/admin' }, headers: form(nextAddress()), maxRedirects: 0 });
			expect(login.status()).toBe(303);
			// Real rows of the demo data, so pages with an id or a slug render their full content.
			const get = async (path: string) => (await (await anonymous.get(path, { headers: nextAddress() })).json()) as { rows: Record<string, unknown>[] };
			const pledge = (await get('/api/v1/pledges?limit=1&kind=pledge')).rows[0];
			const article = (await get('/api/v1/articles?limit=1')).rows[0];
			const institutions = (await get('/api/v1/institutions?limit=200')).rows;
			ids = {
				pledge: Number(pledge.id),
				article: Number(article.id),
				slug: String(pledge.actor_slug),
				province: String(institutions.find((i) => i.province_code)?.province_code ?? '62')
			};
		});

		test.afterAll(async () => {
			await anonymous?.dispose();
			await admin?.dispose();
			await server?.stop();
		});

		const report = (what: string, counts: { routes: number; paths: number; pairs: number; requests: number }, failures: Failure[]) => {
			console.log(`${engine.name}: ${what}: ${counts.routes} routes, ${counts.paths} paths, ${counts.pairs} path × parameter pairs, ${counts.requests} requests, ${failures.length} failures`);
			for (const f of failures.slice(0, 30)) console.log(`  ${f.url}  →  ${f.problem}`);
		};

		test('public routes: hostile values in every parameter are never a server error', async () => {
			const { failures, counts } = await probeRoutes({ request: anonymous, headers: from, ids }, ROUTES.filter((r) => !r.admin));
			report('public routes', counts, failures);
			expect(failures).toEqual([]);
		});

		test('editor pages (logged in as an admin): hostile values in every parameter are never a server error', async () => {
			const { failures, counts } = await probeRoutes({ request: admin, headers: (n) => from(30_000 + n), ids }, ROUTES.filter((r) => r.admin));
			report('editor pages', counts, failures);
			expect(failures).toEqual([]);
			// Still logged in: the probe did not lose the session or land on the login page.
			expect((await admin.get('/admin/users', { headers: nextAddress(), maxRedirects: 0 })).status()).toBe(200);
		});

		test('a browser sent to a malformed URL sees a plain 400 that says what is wrong', async ({ browser }) => {
			const context = await browser.newContext({ extraHTTPHeaders: nextAddress() });
			const page = await context.newPage();
			const response = await page.goto(`${server.baseURL}/pledges?q=anggaran%00&category=budget`);
			expect(response?.status()).toBe(400);
			await expect(page.locator('body')).toContainText('the parameter “q” contains a NUL byte or is not valid UTF-8');
			await context.close();
		});

		test(`${BURST} simultaneous wrong passwords for one account: ${LOGIN_FAILURES_PER_ACCOUNT} are checked, the rest throttled`, async ({ playwright }) => {
			const statuses = await burst(playwright, (client) => Promise.all(
				Array.from({ length: BURST }, async (_, i) => {
					const res = await client.post('/login', { form: { email: TARGET, password: `wrong guess ${i}` }, headers: form(nextAddress()), maxRedirects: 0 });
					return res.status();
				})
			));
			expect(statuses.filter((s) => s === 400)).toHaveLength(LOGIN_FAILURES_PER_ACCOUNT);
			expect(statuses.filter((s) => s === 429)).toHaveLength(BURST - LOGIN_FAILURES_PER_ACCOUNT);
			// The lock holds for the right password too, from yet another address.
			const right = await anonymous.post('/login', { form: { email: TARGET, password: PASSWORD }, headers: form(nextAddress()), maxRedirects: 0 });
			expect(right.status()).toBe(429);
		});

		test(`${BURST} simultaneous logins from one address: ${LOGIN_FAILURES_PER_IP} are checked, the rest throttled`, async ({ playwright }) => {
			const one = { 'x-forwarded-for': '203.0.113.20' };
			const statuses = await burst(playwright, (client) => Promise.all(
				Array.from({ length: BURST }, async (_, i) => {
					const res = await client.post('/login', { form: { email: `spray-${i}@e2e.example`, password: 'a guessed password' }, headers: form(one), maxRedirects: 0 });
					return res.status();
				})
			));
			expect(statuses.filter((s) => s === 400)).toHaveLength(LOGIN_FAILURES_PER_IP);
			expect(statuses.filter((s) => s === 429)).toHaveLength(BURST - LOGIN_FAILURES_PER_IP);
		});

		test(`${BURST} simultaneous problem reports from one address: ${REPORTS_PER_HOUR} are accepted`, async ({ playwright }) => {
			const one = { 'x-forwarded-for': '203.0.113.30' };
			const marker = `burst-${engine.name}-${Date.now()}`;
			const statuses = await burst(playwright, (client) => Promise.all(
				Array.from({ length: BURST }, async (_, i) => {
					const res = await client.post(`/pledges/${ids.pledge}/report`, {
						form: { message: `The amount in this quote looks wrong (${marker} #${i}).`, contact: '', website: '' },
						headers: form(one),
						maxRedirects: 0
					});
					return res.status();
				})
			));
			expect(statuses.filter((s) => s === 200)).toHaveLength(REPORTS_PER_HOUR);
			expect(statuses.filter((s) => s === 429)).toHaveLength(BURST - REPORTS_PER_HOUR);
			// And exactly that many reached the editors' queue.
			const queue = await (await admin.get('/admin/reports', { headers: nextAddress() })).text();
			// (The page carries each message twice: in the markup and in the data for hydration.)
			const listed = new Set([...queue.matchAll(new RegExp(`${marker} #(\\d+)`, 'g'))].map((m) => m[1]));
			expect(listed.size).toBe(REPORTS_PER_HOUR);
		});

		test(`${BURST} simultaneous API requests from one client: ${API_LIMIT} are answered, the rest get 429`, async ({ playwright }) => {
			const one = { 'x-forwarded-for': '203.0.113.40' };
			const statuses = await burst(playwright, (client) => Promise.all(Array.from({ length: BURST }, async () => (await client.get('/api/v1/pledges?limit=1', { headers: one })).status())));
			expect(statuses.filter((s) => s === 200)).toHaveLength(API_LIMIT);
			expect(statuses.filter((s) => s === 429)).toHaveLength(BURST - API_LIMIT);
		});

		test('the server is still up and logged nothing unhandled', async () => {
			expect(server.child.exitCode).toBeNull();
			expect((await anonymous.get('/', { headers: nextAddress() })).status()).toBe(200);
			expect(server.output()).not.toMatch(/Unhandled promise rejection|uncaughtException/);
		});
	});
}
