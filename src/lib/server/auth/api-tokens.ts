// API tokens for machines. The ingestion endpoint calls verifyApiToken with the request's
// Authorization header and the scope it needs; only SHA-256 hashes of tokens are stored.
import type { Db } from '../db/connect';
import { findLiveApiTokenByHash, insertApiToken, touchApiToken } from '../db/queries/api-tokens';
import { generateToken, hashToken } from './tokens';

export const API_TOKEN_SCOPES = ['ingest'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
/** Recognizable in logs and by secret scanners. */
export const API_TOKEN_PREFIX = 'pwt_';

export interface VerifiedApiToken {
	id: number;
	name: string;
	scopes: string[];
}

/**
 * The token behind `Authorization: Bearer <token>`, when it exists, is not revoked and carries
 * `scope`; otherwise null (the caller answers 401). Never throws for malformed input.
 */
export async function verifyApiToken(db: Db, authorizationHeader: string | null | undefined, scope: ApiTokenScope): Promise<VerifiedApiToken | null> {
	const match = /^Bearer\s+(\S{10,200})\s*$/i.exec(authorizationHeader ?? '');
	if (!match) return null;
	const token = await findLiveApiTokenByHash(db, hashToken(match[1]));
	if (!token || !token.scopes.includes(scope)) return null;
	await touchApiToken(db, token.id);
	return { id: token.id, name: token.name, scopes: token.scopes };
}

/** Creates a token and returns it in clear text: the only time it is ever visible. */
export async function createApiToken(
	db: Db,
	name: string,
	scopes: ApiTokenScope[],
	createdBy: number | null
): Promise<{ token: string; id: number }> {
	const token = generateToken(API_TOKEN_PREFIX);
	const record = await insertApiToken(db, { name, tokenHash: hashToken(token), scopes, createdBy });
	return { token, id: record.id };
}
