// Two app instances on one PostgreSQL database (issue 14, item 3), as behind a load balancer: the
// API's per-client limit, login throttling and problem-report throttling are counted once across
// both, and a page or API answer cached by one instance turns over when data arrives through the
// other. Needs TEST_DATABASE_URL (PGlite is one process by design: its folder lock stops a second).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startBuiltServer, testDatabaseUrl, type BuiltServer } from './built-server';

const API_LIMIT = 10;
const PASSWORD = 'two instances, one database';
const EDITOR = 'shared-limits@e2e.example';

test.describe('two instances on one PostgreSQL database', () => {
	test.skip(!testDatabaseUrl, 'TEST_DATABASE_URL is not set: two instances need a PostgreSQL server');
	test.describe.configure({ mode: 'serial', timeout: 180_000 });
	let a: BuiltServer;
	let b: BuiltServer;
	let client: APIRequestContext;
	const extraEnv = { ADDRESS_HEADER: 'x-forwarded-for', API_RATE_LIMIT_PER_MINUTE: String(API_LIMIT) };
	/** Each request alternates between the instances, as a round-robin balancer would send them. */
	const server = (i: number) => (i % 2 ? b : a);
	const from = (address: string, s: BuiltServer) => ({ 'x-forwarded-for': address, origin: s.baseURL });

	test.beforeAll(async ({ playwright }) => {
		test.setTimeout(240_000);
		a = await startBuiltServer({ engine: 'postgres', adminUrl: testDatabaseUrl! }, extraEnv);
		b = await startBuiltServer({ engine: 'postgres-url', url: a.env.DATABASE_URL! }, extraEnv);
		const added = a.tsx('scripts/user.ts', ['add', EDITOR, '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`);
		if (added.status !== 0) throw new Error(`could not add ${EDITOR}: ${added.stderr}`);
		client = await playwright.request.newContext();
	});

	test.afterAll(async () => {
		await client?.dispose();
		await b?.stop();
		await a?.stop();
	});

	test(`30 simultaneous API requests from one client over both instances: ${API_LIMIT} answered, 20 refused`, async () => {
		const statuses = await Promise.all(
			Array.from({ length: 30 }, async (_, i) => (await client.get(`${server(i).baseURL}/api/v1/articles?limit=1`, { headers: from('203.0.113.61', server(i)) })).status())
		);
		// Counted per process, each instance would have answered 10: 20 in all.
		expect(statuses.filter((s) => s === 200)).toHaveLength(API_LIMIT);
		expect(statuses.filter((s) => s === 429)).toHaveLength(30 - API_LIMIT);
		// Both refuse the next one and say when to come back; another client is served by both.
		for (const s of [a, b]) {
			const refused = await client.get(`${s.baseURL}/api/v1/articles?limit=1`, { headers: from('203.0.113.61', s) });
			expect(refused.status()).toBe(429);
			expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
			expect((await client.get(`${s.baseURL}/api/v1/articles?limit=1`, { headers: from('203.0.113.62', s) })).status()).toBe(200);
		}
	});

	test('wrong passwords for one account over both instances: 5 are checked in all, then both refuse', async () => {
		const statuses = await Promise.all(
			Array.from({ length: 12 }, async (_, i) => {
				const s = server(i);
				const res = await client.post(`${s.baseURL}/login`, { form: { email: EDITOR, password: `wrong ${i}` }, headers: { ...from(`198.51.100.${i + 1}`, s), accept: 'text/html' }, maxRedirects: 0 });
				return res.status();
			})
		);
		expect(statuses.filter((s) => s === 400)).toHaveLength(5);
		expect(statuses.filter((s) => s === 429)).toHaveLength(7);
	});

	test('problem reports from one address over both instances: 5 an hour in all', async () => {
		const pledges = (await (await client.get(`${a.baseURL}/api/v1/pledges?limit=1`, { headers: from('203.0.113.70', a) })).json()) as { rows: { id: number }[] };
		const id = pledges.rows[0].id;
		const statuses = await Promise.all(
			Array.from({ length: 12 }, async (_, i) => {
				const s = server(i);
				const res = await client.post(`${s.baseURL}/pledges/${id}/report`, {
					form: { message: `The date in this quote looks wrong (two instances #${i}).`, contact: '', website: '' },
					headers: { ...from('203.0.113.71', s), accept: 'text/html' },
					maxRedirects: 0
				});
				return res.status();
			})
		);
		expect(statuses.filter((s) => s === 200)).toHaveLength(5);
		expect(statuses.filter((s) => s === 429)).toHaveLength(7);
	});

	test("an article ingested through one instance's database turns over the other's cached API answer and page", async () => {
		const word = `dualkota${Date.now().toString(36)}`;
		const apiPath = `/api/v1/pledges?q=${word}`;
		const pagePath = `/pledges?q=${word}`;
		const ask = (p: string, address: string) => client.get(`${b.baseURL}${p}`, { headers: from(address, b) });
		expect(((await (await ask(apiPath, '203.0.113.80')).json()) as { rows: unknown[] }).rows).toHaveLength(0);
		const cached = await ask(apiPath, '203.0.113.81');
		expect(cached.headers()['x-page-cache']).toBe('hit');
		expect(await (await ask(pagePath, '203.0.113.82')).text()).not.toContain(`program ${word}`);

		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'two-instances-'));
		const file = path.join(dir, `${word}.md`);
		fs.writeFileSync(
			file,
			`---\ntitle: DPRD Kota Contoh siap dukung ${word}\nurl: https://kabar-fiksi.example/${word}\npublished: 2025-04-02\nlang: id\n---\n` +
				`PALANGKA RAYA – Ketua DPRD Provinsi Kalteng, Rudi Lestiono, menyatakan siap mendukung program ${word} melalui fungsi pengawasan dan anggaran, Rabu (2/4/2025).\n` +
				`“Kami berkomitmen mengalokasikan anggaran sebesar Rp 4 miliar untuk program ${word},” ujar Lestiono.\n`
		);
		try {
			const ingested = a.tsx('scripts/ingest.ts', [file]);
			expect(ingested.status, ingested.stderr).toBe(0);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
		// B reads the data version from the database at most once a second.
		let n = 90;
		await expect.poll(async () => ((await (await ask(apiPath, `203.0.113.${n++}`)).json()) as { rows: unknown[] }).rows.length, { timeout: 10_000 }).toBeGreaterThan(0);
		expect(await (await ask(pagePath, '203.0.113.120')).text()).toContain(`program ${word}`);
	});
});
