import { describe, expect, it } from 'vitest';
import { safeNextPath } from '../../src/lib/server/auth/safe-redirect';

describe('login return paths', () => {
	it.each([
		['/admin/review?page=2', '/admin/review?page=2'],
		['/admin/pledges/5#history', '/admin/pledges/5#history'],
		['/institutions/../admin', '/admin'],
		['//evil.example/path', '/admin'],
		['/\\evil.example', '/admin'],
		['\\\\evil.example', '/admin'],
		['https://evil.example/', '/admin'],
		['javascript:alert(1)', '/admin'],
		['/\t/evil.example', '/admin'],
		['/%0a/evil.example', '/%0a/evil.example'],
		['admin', '/admin'],
		['/login?next=//evil.example', '/admin'],
		['', '/admin'],
		[null, '/admin']
	])('%s → %s', (input, expected) => {
		expect(safeNextPath(input)).toBe(expected);
	});
});
