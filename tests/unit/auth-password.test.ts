import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/lib/server/auth/password';

describe('password hashing', () => {
	it('salts every hash, verifies the right password and refuses a wrong one', async () => {
		const a = await hashPassword('gado-gado dan es teh');
		const b = await hashPassword('gado-gado dan es teh');
		expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
		expect(a).not.toBe(b);
		expect(await verifyPassword('gado-gado dan es teh', a)).toBe(true);
		expect(await verifyPassword('gado-gado dan es teh ', a)).toBe(false);
		expect(await verifyPassword('', a)).toBe(false);
	});

	it('treats composed and decomposed Unicode as the same password', async () => {
		const hash = await hashPassword('kafe\u0301 di Palu 2025');
		expect(await verifyPassword('kaf\u00e9 di Palu 2025', hash)).toBe(true);
	});

	it('refuses malformed or absurd stored hashes instead of throwing', async () => {
		expect(await verifyPassword('x', 'plain-text-password')).toBe(false);
		expect(await verifyPassword('x', 'scrypt$99999999999$8$1$AAAA$BBBB')).toBe(false);
		expect(await verifyPassword('x', 'bcrypt$1$2$3$4$5')).toBe(false);
	});

	it('asks for long passwords', () => {
		expect(passwordProblem('short')).toMatch(/at least 12/);
		expect(passwordProblem('twelve chars')).toBeNull();
		expect(passwordProblem('x'.repeat(2000))).toMatch(/at most/);
	});
});
