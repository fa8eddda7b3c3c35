// API tokens for machines (ingestion scripts, feeds): hashed at rest, scoped, revocable.
import { sql } from 'kysely';
import type { Db } from '../connect';

export interface ApiTokenRecord {
	id: number;
	name: string;
	scopes: string[];
	createdAt: Date;
	lastUsedAt: Date | null;
	revokedAt: Date | null;
}

type Row = {
	id: number;
	name: string;
	scopes: string[];
	created_at: Date;
	last_used_at: Date | null;
	revoked_at: Date | null;
};

const toToken = (row: Row): ApiTokenRecord => ({
	id: row.id,
	name: row.name,
	scopes: row.scopes,
	createdAt: row.created_at,
	lastUsedAt: row.last_used_at,
	revokedAt: row.revoked_at
});

const COLUMNS = ['id', 'name', 'scopes', 'created_at', 'last_used_at', 'revoked_at'] as const;

export async function insertApiToken(
	db: Db,
	token: { name: string; tokenHash: string; scopes: string[]; createdBy: number | null }
): Promise<ApiTokenRecord> {
	const row = await db
		.insertInto('api_tokens')
		.values({ name: token.name, token_hash: token.tokenHash, scopes: token.scopes, created_by: token.createdBy })
		.returning(COLUMNS)
		.executeTakeFirstOrThrow();
	return toToken(row);
}

export async function findLiveApiTokenByHash(db: Db, tokenHash: string): Promise<ApiTokenRecord | null> {
	const row = await db
		.selectFrom('api_tokens')
		.select(COLUMNS)
		.where('token_hash', '=', tokenHash)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	return row ? toToken(row) : null;
}

/** Records use at most once a minute per token, so a busy ingester does not write on every call. */
export async function touchApiToken(db: Db, id: number): Promise<void> {
	await db
		.updateTable('api_tokens')
		.set({ last_used_at: sql<Date>`now()` })
		.where('id', '=', id)
		.where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`)]))
		.execute();
}

export async function listApiTokens(db: Db): Promise<ApiTokenRecord[]> {
	const rows = await db.selectFrom('api_tokens').select(COLUMNS).orderBy('revoked_at', 'desc').orderBy('name').execute();
	return rows.map(toToken);
}

/** Revokes the live token with this name (or id); returns it, or null when none was live. */
export async function revokeApiToken(db: Db, nameOrId: string | number): Promise<ApiTokenRecord | null> {
	const row = await db
		.updateTable('api_tokens')
		.set({ revoked_at: sql<Date>`now()` })
		.where(typeof nameOrId === 'number' ? 'id' : 'name', '=', nameOrId)
		.where('revoked_at', 'is', null)
		.returning(COLUMNS)
		.executeTakeFirst();
	return row ? toToken(row) : null;
}
