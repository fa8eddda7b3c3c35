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
		// Checked after normalizing: each of these is "//evil.example" once dot segments resolve or
		// the path is decoded (issue 15).
		['/.//evil.example', '/admin'],
		['/..//evil.example', '/admin'],
		['/%2e%2e//evil.example', '/admin'],
		['/%2E%2E//evil.example', '/admin'],
		['/%2e//evil.example', '/admin'],
		['/a/..//evil.example', '/admin'],
		['/a/b/../..//evil.example/x', '/admin'],
		['/./\\evil.example', '/admin'],
		['/%2f/evil.example', '/admin'],
		['/%2F%2Fevil.example', '/admin'],
		['/%5cevil.example', '/admin'],
		['/%0a/evil.example', '/admin'],
		['/%252e%252e//evil.example', '/admin'],
		['/%25252e%25252e//evil.example', '/admin'],
		['/%zz', '/admin'],
		['/%6cogin', '/admin'],
		['/pledges/%C3%A9?q=a//b', '/pledges/%C3%A9?q=a//b'],
		['/admin/./review', '/admin/review'],
		['admin', '/admin'],
		['/login?next=//evil.example', '/admin'],
		['', '/admin'],
		[null, '/admin']
	])('%s → %s', (input, expected) => {
		expect(safeNextPath(input)).toBe(expected);
	});
});
