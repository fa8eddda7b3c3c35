import { describe, expect, it } from 'vitest';
import { isCrossSiteForm } from './cross-site-forms';

const url = (path: string) => new URL(`https://pledgewatch.example${path}`);
const post = (headers: Record<string, string>, method = 'POST') => new Request('https://pledgewatch.example/', { method, headers });
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('cross-site form posts', () => {
	it('refuses a form POST from another site or with no Origin, as SvelteKit does', () => {
		expect(isCrossSiteForm(post({ ...form, origin: 'https://evil.example' }), url('/login'))).toBe(true);
		expect(isCrossSiteForm(post(form), url('/follow?/subscribe'))).toBe(true);
		expect(isCrossSiteForm(post({ 'content-type': 'multipart/form-data; boundary=x', origin: 'null' }), url('/admin/review'))).toBe(true);
		expect(isCrossSiteForm(post({ 'content-type': 'text/plain', origin: 'https://evil.example' }, 'DELETE'), url('/x'))).toBe(true);
	});

	it('lets same-site forms, JSON and reads through', () => {
		expect(isCrossSiteForm(post({ ...form, origin: 'https://pledgewatch.example' }), url('/login'))).toBe(false);
		expect(isCrossSiteForm(post({ 'content-type': 'application/json', origin: 'https://evil.example' }), url('/api/v1/x'))).toBe(false);
		expect(isCrossSiteForm(new Request('https://pledgewatch.example/'), url('/'))).toBe(false);
	});

	it('accepts the RFC 8058 one-click unsubscribe POST from a mail provider (no Origin), only there and only with a token', () => {
		expect(isCrossSiteForm(post(form), url('/follow/unsubscribe?token=u_abc'))).toBe(false);
		expect(isCrossSiteForm(post(form), url('/follow/unsubscribe'))).toBe(true);
		expect(isCrossSiteForm(post(form), url('/follow/confirm?token=c_abc'))).toBe(true);
	});
});
