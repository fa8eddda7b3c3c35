// Secret tokens (session cookies, API tokens): 256 random bits, stored only as their SHA-256.
import { createHash, randomBytes } from 'node:crypto';

export function generateToken(prefix = ''): string {
	return prefix + randomBytes(32).toString('base64url');
}

/** SHA-256 hex. Tokens carry 256 bits of entropy, so an unsalted fast hash is enough at rest. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
