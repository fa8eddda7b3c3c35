// Logins, sessions, throttling and API tokens against a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { attemptLogin } from '../../src/lib/server/auth/login';
import { hashPassword } from '../../src/lib/server/auth/password';
import { createSession, SESSION_DAYS, validateSessionToken } from '../../src/lib/server/auth/sessions';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { createApiToken, verifyApiToken } from '../../src/lib/server/auth/api-tokens';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from '../../src/lib/server/auth/throttle';
import { revokeApiToken } from '../../src/lib/server/db/queries/api-tokens';
import { insertUser, setUserDisabled } from '../../src/lib/server/db/queries/users';
import { engines } from './engines';

const DAY = 24 * 60 * 60 * 1000;

describe.each(engines)('accounts and sessions on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let editorId: number;
	const password = 'kopi tubruk pagi hari';

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		editorId = (await insertUser(db, { email: 'Rina@Example.org', name: 'Rina', role: 'editor', passwordHash: await hashPassword(password) })).id;
	});
	afterAll(() => drop());

	it('logs in with the right password, case-insensitive email', async () => {
		const result = await attemptLogin(db, ' rina@example.ORG ', password, '10.0.0.1');
		expect(result).toEqual({ ok: true, user: { id: editorId, email: 'rina@example.org', name: 'Rina', role: 'editor' } });
	});

	it('gives the same answer for a wrong password and an unknown account', async () => {
		expect(await attemptLogin(db, 'rina@example.org', 'wrong password!', '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
		expect(await attemptLogin(db, 'nobody@example.org', password, '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
	});

	it('throttles an account after repeated failures, even from other addresses and with the right password', async () => {
		const email = 'dewi@example.org';
		await insertUser(db, { email, name: 'Dewi', role: 'editor', passwordHash: await hashPassword(password) });
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await attemptLogin(db, email, `guess ${i}`, `10.1.0.${i}`);
		const blocked = await attemptLogin(db, email, password, '10.1.1.1');
		expect(blocked.ok).toBe(false);
		expect(blocked).toMatchObject({ reason: 'throttled' });
		if (!blocked.ok && blocked.reason === 'throttled') expect(blocked.retryAfterSeconds).toBeGreaterThan(800);
		// Another account is not affected.
		expect((await attemptLogin(db, 'rina@example.org', password, '10.1.1.1')).ok).toBe(true);
	});

	it('throttles an address that tries many accounts', async () => {
		const ip = '10.2.0.1';
		for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await attemptLogin(db, `spray${i}@example.org`, 'password123456', ip);
		expect(await attemptLogin(db, 'rina@example.org', password, ip)).toMatchObject({ ok: false, reason: 'throttled' });
		expect((await attemptLogin(db, 'rina@example.org', password, '10.2.0.2')).ok).toBe(true);
	});

	it('refuses a disabled account', async () => {
		const user = await insertUser(db, { email: 'gone@example.org', name: 'Gone', role: 'editor', passwordHash: await hashPassword(password) });
		await setUserDisabled(db, user.id, true);
		expect(await attemptLogin(db, 'gone@example.org', password, '10.3.0.1')).toEqual({ ok: false, reason: 'invalid' });
	});

	it('stores only the SHA-256 of a session token and finds the user by the token', async () => {
		const { token, session } = await createSession(db, editorId);
		const stored = await db.selectFrom('sessions').select('id').where('user_id', '=', editorId).execute();
		expect(stored.map((r) => r.id)).toContain(hashToken(token));
		expect(stored.map((r) => r.id)).not.toContain(token);
		const found = await validateSessionToken(db, token);
		expect(found?.user.email).toBe('rina@example.org');
		expect(found?.session.id).toBe(session.id);
		expect(await validateSessionToken(db, token.slice(0, -2) + 'xx')).toBeNull();
	});

	it('expires sessions, renews them in the second half of their life, and ends them when the account is disabled', async () => {
		const start = new Date('2026-01-01T00:00:00Z');
		const { token } = await createSession(db, editorId, start);
		const early = await validateSessionToken(db, token, new Date(start.getTime() + DAY));
		expect(early?.renewed).toBe(false);
		const late = await validateSessionToken(db, token, new Date(start.getTime() + (SESSION_DAYS - 1) * DAY));
		expect(late?.renewed).toBe(true);
		expect(late!.session.expiresAt.getTime()).toBe(start.getTime() + (2 * SESSION_DAYS - 1) * DAY);
		expect(await validateSessionToken(db, token, new Date(start.getTime() + 3 * SESSION_DAYS * DAY))).toBeNull();
		// An expired session is deleted, not just ignored.
		expect(await validateSessionToken(db, token, start)).toBeNull();

		const other = await insertUser(db, { email: 'tono@example.org', name: 'Tono', role: 'admin', passwordHash: await hashPassword(password) });
		const second = await createSession(db, other.id);
		expect(await validateSessionToken(db, second.token)).not.toBeNull();
		await setUserDisabled(db, other.id, true);
		expect(await validateSessionToken(db, second.token)).toBeNull();
	});

	it('verifies API tokens by scope, refuses malformed headers and revoked tokens, stores only hashes', async () => {
		const { token, id } = await createApiToken(db, 'newsroom-feed', ['ingest'], null);
		expect(token.startsWith('pwt_')).toBe(true);
		const row = await db.selectFrom('api_tokens').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow();
		expect(row.token_hash).toBe(hashToken(token));
		expect(await verifyApiToken(db, `Bearer ${token}`, 'ingest')).toEqual({ id, name: 'newsroom-feed', scopes: ['ingest'] });
		expect(await verifyApiToken(db, `bearer   ${token}`, 'ingest')).not.toBeNull();
		expect(await verifyApiToken(db, token, 'ingest')).toBeNull();
		expect(await verifyApiToken(db, `Basic ${token}`, 'ingest')).toBeNull();
		expect(await verifyApiToken(db, `Bearer ${token}x`, 'ingest')).toBeNull();
		expect(await verifyApiToken(db, null, 'ingest')).toBeNull();
		const used = await db.selectFrom('api_tokens').select('last_used_at').where('id', '=', id).executeTakeFirstOrThrow();
		expect(used.last_used_at).not.toBeNull();
		await revokeApiToken(db, 'newsroom-feed');
		expect(await verifyApiToken(db, `Bearer ${token}`, 'ingest')).toBeNull();
	});

	it('refuses a token that lacks the scope', async () => {
		const { token } = await createApiToken(db, 'reader', [] as never[], null);
		expect(await verifyApiToken(db, `Bearer ${token}`, 'ingest')).toBeNull();
	});
});
