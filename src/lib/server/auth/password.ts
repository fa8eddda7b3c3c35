// Password hashing with node:crypto scrypt (built in, memory-hard): per-user random salt, the cost
// parameters stored beside the hash so they can be raised later, constant-time comparison.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
const SALT_BYTES = 16;
/** N=2^15, r=8 → 32 MiB per hash: OWASP's scrypt minimum, ~50–100 ms on a server core. */
const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 } as const;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
	// maxmem must exceed 128·N·r or node refuses the parameters; leave headroom.
	const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
	return new Promise((resolve, reject) =>
		scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)))
	);
}

/** Returns `scrypt$N$r$p$salt$hash` (salt and hash base64url). */
export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
	const salt = randomBytes(SALT_BYTES);
	const key = await derive(password, salt, cost);
	return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parts = stored.split('$');
	if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
	const [N, r, p] = parts.slice(1, 4).map(Number);
	if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20) return false;
	const salt = Buffer.from(parts[4], 'base64url');
	const expected = Buffer.from(parts[5], 'base64url');
	if (expected.length !== KEY_LENGTH || password.length > MAX_PASSWORD_LENGTH) return false;
	const actual = await derive(password, salt, { N, r, p });
	return timingSafeEqual(actual, expected);
}

/**
 * A real hash of a random password, computed once: logins for unknown emails verify against it so
 * that "no such user" takes as long as "wrong password" and the response time reveals nothing.
 */
let dummy: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
	dummy ??= hashPassword(randomBytes(16).toString('hex'));
	return dummy;
}

/** Why a new password is unacceptable, or null. */
export function passwordProblem(password: string): string | null {
	if (password.length < MIN_PASSWORD_LENGTH) return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
	if (password.length > MAX_PASSWORD_LENGTH) return `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
	return null;
}
