// The data routes in the built server: the .csv/.json/.ndjson siblings are routed (also next to
// /institutions/[slug]), the API answers with CORS and its error shape, the data dictionary renders
// in both languages, feeds parse, and the rate limit answers 429 and then recovers.
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { toCsvCell } from '../../src/lib/server/export/neutralize';

test('the pledge exports agree: CSV rows equal the JSON rows', async ({ request }) => {
	const json = (await (await request.get('/pledges.json?limit=1000')).json()) as { total: number; rows: Record<string, unknown>[] };
	const csvRes = await request.get('/pledges.csv?download=1');
	expect(csvRes.headers()['content-type']).toContain('text/csv');
	expect(csvRes.headers()['content-disposition']).toMatch(/^attachment; filename="pledgewatch-pledges-\d{4}-\d{2}-\d{2}\.csv"$/);
	const csv = parse(await csvRes.text(), { columns: true }) as Record<string, string>[];
	// The demo data loads into the empty database at start, so there is something to compare.
	expect(json.total).toBeGreaterThan(0);
	expect(csv).toHaveLength(json.total);
	const asCsv = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toCsvCell(v as string | number | boolean | null)]));
	expect(csv.slice(0, json.rows.length)).toEqual(json.rows.map(asCsv));
	const ndjson = (await (await request.get('/pledges.ndjson')).text()).split('\n').filter(Boolean);
	expect(ndjson.length).toBe(csv.length);
});

test('routes every sibling, including beside /institutions/[slug]', async ({ request }) => {
	for (const path of ['/legislatures.csv', '/agencies.json', '/articles.ndjson', '/data/pledges.csv', '/data/institutions.csv', '/data/articles.csv']) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
	}
	const missing = await request.get('/institutions/no-such-institution.json');
	expect(missing.status()).toBe(404);
	expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
	expect((await request.get('/pledges.xlsx')).status()).toBe(404);
});

test('the API answers with CORS, ETag and one error shape', async ({ request }) => {
	const doc = await request.get('/api/openapi.json');
	expect(doc.headers()['access-control-allow-origin']).toBe('*');
	const openapi = (await doc.json()) as { openapi: string; paths: Record<string, unknown> };
	expect(openapi.openapi).toBe('3.1.0');
	const list = await request.get('/api/v1/pledges?limit=5');
	expect(list.status()).toBe(200);
	const etag = list.headers()['etag'];
	expect((await request.get('/api/v1/pledges?limit=5', { headers: { 'if-none-match': etag } })).status()).toBe(304);
	const nothing = await request.get('/api/v1/nothing-here');
	expect(nothing.status()).toBe(404);
	expect(await nothing.json()).toEqual({ error: { code: 'not_found', message: 'No such API path; see /api/openapi.json.' } });
});

test('the data dictionary reads in both languages', async ({ page }) => {
	await page.goto('/data?lang=en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data and data dictionary');
	await expect(page.getByRole('rowheader', { name: 'evidence_text' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
	await expect(page.getByTestId('data-citation')).toContainText('Pledgewatch. “Pledges and requests of Indonesian institutions (data)”. Accessed');
	await page.goto('/data?lang=id');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data dan kamus data');
	await expect(page.getByTestId('data-citation')).toContainText('Diakses');
	const pkg = (await (await page.request.get('/data/datapackage.json')).json()) as { resources: unknown[] };
	expect(pkg.resources).toHaveLength(3);
});

test('feeds are valid Atom', async ({ request }) => {
	for (const path of ['/feeds/pledges.atom?category=budget', '/feeds/provinces/62.atom']) {
		const res = await request.get(path);
		expect(res.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
		expect(XMLValidator.validate(await res.text()), path).toBe(true);
	}
});

// Last: it spends this client's API budget (120 a minute by default) and waits for it to refill.
test('the rate limit answers 429 with Retry-After, then recovers', async ({ request }) => {
	let limited: Awaited<ReturnType<typeof request.get>> | null = null;
	for (let i = 0; i < 200 && !limited; i++) {
		const res = await request.get('/api/openapi.json');
		if (res.status() === 429) limited = res;
	}
	expect(limited).not.toBeNull();
	const wait = Number(limited!.headers()['retry-after']);
	expect(wait).toBeGreaterThanOrEqual(1);
	expect(await limited!.json()).toMatchObject({ error: { code: 'rate_limited' } });
	await new Promise((r) => setTimeout(r, wait * 1000 + 200));
	expect((await request.get('/api/openapi.json')).status()).toBe(200);
});
