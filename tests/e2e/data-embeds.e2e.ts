// Embeds in Chromium: a page on another origin frames /embed/timeline; the chart renders without
// site chrome, with attribution and a link back, posts its height to the host, and links its SVG/PNG
// files (drawn on the server).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

// The host page is served by a real server of its own on another port (another origin). A page
// faked with page.route counts as public, and Chromium blocks public pages from framing loopback
// addresses (Local Network Access), so the host must itself be local.
let host: Server;
let hostUrl = '';
test.beforeAll(async ({ baseURL }) => {
	host = createServer((_req, res) => {
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(`<!doctype html><html><body><h1>Berita rekaan</h1>
			<iframe id="chart" src="${baseURL}/embed/timeline?lang=en" title="Pledgewatch chart" style="width:640px;height:200px;border:0"></iframe>
			<script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'pledgewatch:height') window.heights.push(e.data.height); });</script>
		</body></html>`);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test('a page on another origin embeds the timeline', async ({ page, baseURL }) => {
	await page.goto(hostUrl);
	const frame = page.frameLocator('#chart');
	await expect(frame.getByTestId('embed')).toBeVisible();
	await expect(frame.locator('svg[role="img"]').first()).toBeVisible();
	await expect(frame.getByRole('link', { name: /See it on Pledgewatch/ })).toHaveAttribute('href', `${baseURL}/`);
	await expect(frame.locator('.site-header')).toBeHidden();
	await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
	const height = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)!);
	expect(height).toBeGreaterThan(200);

	const svgDownload = page.waitForEvent('download');
	await frame.getByTestId('download-svg').click();
	const svg = await svgDownload;
	expect(svg.suggestedFilename()).toMatch(/^pledgewatch-timeline-\d{4}-\d{2}-\d{2}\.svg$/);
	const text = await (await svg.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
	expect(text).toContain('<svg');
	expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');

	const pngDownload = page.waitForEvent('download');
	await frame.getByTestId('download-png').click();
	const png = await pngDownload;
	expect(png.suggestedFilename()).toMatch(/^pledgewatch-timeline-\d{4}-\d{2}-\d{2}\.png$/);
	const bytes = await (await png.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
	expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

test('embeds may be framed; other pages may not', async ({ request }) => {
	const embed = await request.get('/embed/categories');
	expect(embed.status()).toBe(200);
	expect(embed.headers()['x-frame-options']).toBeUndefined();
	expect(embed.headers()['content-security-policy'] ?? '').not.toContain("frame-ancestors 'none'");
	const data = await request.get('/data');
	expect(data.headers()['x-frame-options']).toBe('DENY');
	expect((await request.get('/embed/timeline?institution=no-such-slug')).status()).toBe(404);
});
