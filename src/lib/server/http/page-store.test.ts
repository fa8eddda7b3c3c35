import { describe, expect, it } from 'vitest';
import { capturePage, replayPage } from './page-store';

const nonce = 'AbC+/12345678901234567==';
function rendered(status = 200, extra: Record<string, string> = {}): Response {
	const html = `<html><script nonce="${nonce}">a()</script><p>body</p><script nonce="${nonce}">b()</script></html>`;
	return new Response(html, {
		status,
		headers: { 'content-type': 'text/html', 'content-security-policy': `script-src 'self' 'nonce-${nonce}'`, etag: '"renderer"', ...extra }
	});
}

describe('page store', () => {
	it('replays a page with a fresh nonce in the body and the CSP header, and the same content otherwise', async () => {
		const { page, body } = await capturePage(rendered(), 'v1');
		expect(new TextDecoder().decode(body)).toContain(nonce);
		expect(page).not.toBeNull();
		const first = replayPage(page!, { etag: 'W/"mine"' });
		const second = replayPage(page!, {});
		const [a, b] = [await first.text(), await second.text()];
		const newNonce = first.headers.get('content-security-policy')!.match(/'nonce-([^']+)'/)![1];
		expect(newNonce).not.toBe(nonce);
		expect(a).not.toContain(nonce);
		expect(a.split(`nonce="${newNonce}"`)).toHaveLength(3);
		expect(a).not.toBe(b);
		expect(a.replaceAll(newNonce, 'N')).toBe(b.replaceAll(second.headers.get('content-security-policy')!.match(/'nonce-([^']+)'/)![1], 'N'));
		expect(first.headers.get('etag')).toBe('W/"mine"');
		expect(second.headers.get('etag')).toBeNull(); // the renderer's body hash is not kept
	});

	it('does not keep answers that must not be shared', async () => {
		expect((await capturePage(rendered(404), 'v1')).page).toBeNull();
		expect((await capturePage(rendered(200, { 'set-cookie': 'lang=en' }), 'v1')).page).toBeNull();
	});
});
