// The probe that stopped the server with one anonymous GET, replayed against the built server:
// NUL bytes and broken percent-encoding in any parameter of any export or page get 400, and the
// server is still there to answer the next request.
import { expect, test } from '@playwright/test';

const PATHS = [
	'/pledges', '/pledges.csv', '/pledges.ndjson', '/pledges.json',
	'/articles.csv', '/articles.ndjson', '/legislatures', '/legislatures.csv', '/legislatures.ndjson',
	'/agencies.csv', '/agencies.ndjson', '/api/v1/pledges', '/feeds/pledges.atom'
];
const BAD_QUERIES = ['q=%00', 'q=anggaran%00', 'q=%FF%FE', 'category=%00', 'q=100%'];

test('NUL bytes and invalid UTF-8 in parameters are refused with 400 and the server survives', async ({ request }) => {
	for (const path of PATHS) {
		for (const query of BAD_QUERIES) {
			const response = await request.get(`${path}?${query}`);
			expect(response.status(), `${path}?${query}`).toBe(400);
			expect((await response.json()).error.message).toMatch(/NUL byte or is not valid UTF-8/);
		}
	}
	expect((await request.get('/%00')).status()).toBe(400);
	const after = await request.get('/pledges.ndjson');
	expect(after.status()).toBe(200);
	expect((await after.text()).split('\n').length).toBeGreaterThan(1);
});
