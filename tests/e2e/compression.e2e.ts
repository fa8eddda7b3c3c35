// Text goes out gzip-compressed to clients that accept it, pages and streamed exports alike, and
// as it is to clients that do not; static files are served precompressed.
import { expect, test } from '@playwright/test';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';

interface Raw {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

function get(baseURL: string, path: string, acceptEncoding?: string): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = http.get(new URL(path, baseURL), { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
			res.on('error', reject);
		});
		req.on('error', reject);
	});
}

test('pages and exports are gzip-compressed for clients that accept it, plain for others', async ({ baseURL }) => {
	for (const path of ['/', '/pledges?category=budget', '/pledges.csv', '/pledges.ndjson', '/api/v1/pledges?limit=20', '/feeds/pledges.atom']) {
		const plain = await get(baseURL!, path);
		expect(plain.status, path).toBe(200);
		expect(plain.headers['content-encoding'], path).toBeUndefined();
		expect(plain.headers.vary, path).toMatch(/Accept-Encoding/i);
		const zipped = await get(baseURL!, path, 'gzip, deflate, br');
		expect(zipped.headers['content-encoding'], path).toBe('gzip');
		const text = gunzipSync(zipped.body).toString('utf8');
		expect(zipped.body.length, path).toBeLessThan(Buffer.byteLength(text) / 2);
		// Same content either way (pages differ only in their per-response CSP nonce).
		if (!path.startsWith('/pledges?') && path !== '/') expect(text, path).toBe(plain.body.toString('utf8'));
		else expect(text, path).toContain('</html>');
	}
	// An explicit refusal is honoured.
	expect((await get(baseURL!, '/', 'gzip;q=0, identity')).headers['content-encoding']).toBeUndefined();
});

test('static files are served precompressed', async ({ baseURL }) => {
	const page = await get(baseURL!, '/');
	const asset = /_app\/immutable\/[^"'\s]+\.(?:css|js)/.exec(page.body.toString('utf8'));
	expect(asset).not.toBeNull();
	const zipped = await get(baseURL!, `/${asset![0]}`, 'gzip');
	expect(zipped.status).toBe(200);
	expect(zipped.headers['content-encoding']).toBe('gzip');
	expect(gunzipSync(zipped.body).length).toBeGreaterThan(0);
});
