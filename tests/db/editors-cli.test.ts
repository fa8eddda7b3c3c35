// `npm run user` commands (through runUserCommand) and public problem reports, on every engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { runUserCommand, type CliIo } from '../../src/lib/server/auth/user-commands';
import { attemptLogin } from '../../src/lib/server/auth/login';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/sessions';
import { verifyApiToken } from '../../src/lib/server/auth/api-tokens';
import { takeRateLimit } from '../../src/lib/server/auth/throttle';
import { findUserByEmail } from '../../src/lib/server/db/queries/users';
import { closeProblemReport, insertProblemReport, listProblemReports } from '../../src/lib/server/db/queries/problem-reports';
import { engines } from './engines';
import { auditActions, seedEditorsFixture } from './editors-fixtures';

function fakeIo(password = 'a password long enough') {
	const out: string[] = [];
	const err: string[] = [];
	const io: CliIo = { readPassword: async () => password, out: (l) => out.push(l), err: (l) => err.push(l) };
	return { io, out, err };
}

describe.each(engines)('user command and problem reports on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
	});
	afterAll(() => drop());

	it('adds an editor with the password it reads, never from the arguments', async () => {
		const { io, out } = fakeIo();
		expect(await runUserCommand(db, ['add', 'Ayu@Example.org', '--role', 'editor', '--name', 'Ayu'], io)).toBe(0);
		expect(out.join('\n')).toContain('Added editor ayu@example.org');
		const user = await findUserByEmail(db, 'ayu@example.org');
		expect(user).toMatchObject({ role: 'editor', name: 'Ayu' });
		expect(user!.passwordHash).toMatch(/^scrypt\$/);
		expect((await attemptLogin(db, 'ayu@example.org', 'a password long enough', '10.9.0.1')).ok).toBe(true);
		expect(await auditActions(db)).toContain('user.add');
	});

	it('refuses short passwords, unknown roles, duplicates and unknown options', async () => {
		const short = fakeIo('short');
		expect(await runUserCommand(db, ['add', 'new@example.org', '--role', 'editor'], short.io)).toBe(2);
		expect(short.err.join('\n')).toContain('at least 12 characters');
		expect(await findUserByEmail(db, 'new@example.org')).toBeNull();
		const badRole = fakeIo();
		expect(await runUserCommand(db, ['add', 'new@example.org', '--role', 'owner'], badRole.io)).toBe(2);
		expect(badRole.err.join('\n')).toContain('--role must be editor or admin');
		expect(await runUserCommand(db, ['add', 'ayu@example.org', '--role', 'admin'], fakeIo().io)).toBe(2);
		expect(await runUserCommand(db, ['add', 'x@example.org', '--role', 'editor', '--password', 'inline-secret-123'], fakeIo().io)).toBe(2);
	});

	it('lists, disables (ending sessions) and re-enables accounts; set-password ends sessions', async () => {
		const user = (await findUserByEmail(db, 'ayu@example.org'))!;
		const { token } = await createSession(db, user.id);
		const list = fakeIo();
		await runUserCommand(db, ['list'], list.io);
		expect(list.out).toEqual(['ayu@example.org\teditor\tAyu\tactive']);
		expect(await runUserCommand(db, ['disable', 'ayu@example.org'], fakeIo().io)).toBe(0);
		expect(await validateSessionToken(db, token)).toBeNull();
		expect((await attemptLogin(db, 'ayu@example.org', 'a password long enough', '10.9.0.2')).ok).toBe(false);
		expect(await runUserCommand(db, ['enable', 'ayu@example.org'], fakeIo().io)).toBe(0);
		const second = await createSession(db, user.id);
		expect(await runUserCommand(db, ['set-password', 'ayu@example.org'], fakeIo('another long password').io)).toBe(0);
		expect(await validateSessionToken(db, second.token)).toBeNull();
		expect((await attemptLogin(db, 'ayu@example.org', 'another long password', '10.9.0.3')).ok).toBe(true);
		expect(await runUserCommand(db, ['disable', 'nobody@example.org'], fakeIo().io)).toBe(2);
	});

	it('creates a scoped API token shown once, and revokes it by name', async () => {
		const add = fakeIo();
		expect(await runUserCommand(db, ['token', 'add', 'scraper', '--scope', 'ingest'], add.io)).toBe(0);
		const token = add.out.find((l) => l.startsWith('pwt_'))!;
		expect(await verifyApiToken(db, `Bearer ${token}`, 'ingest')).toMatchObject({ name: 'scraper' });
		expect(await runUserCommand(db, ['token', 'add', 'scraper', '--scope', 'ingest'], fakeIo().io)).toBe(2);
		expect(await runUserCommand(db, ['token', 'add', 'other', '--scope', 'admin'], fakeIo().io)).toBe(2);
		const list = fakeIo();
		await runUserCommand(db, ['token', 'list'], list.io);
		expect(list.out.join('\n')).not.toContain(token);
		expect(await runUserCommand(db, ['token', 'revoke', 'scraper'], fakeIo().io)).toBe(0);
		expect(await verifyApiToken(db, `Bearer ${token}`, 'ingest')).toBeNull();
	});

	it('stores problem reports for editors and rate-limits them per address', async () => {
		const s = await seedEditorsFixture(db);
		const id = await insertProblemReport(db, { statementId: s.budget, message: 'The amount is for next year.', contact: null });
		expect((await listProblemReports(db, 'open', 10)).map((r) => r.id)).toEqual([id]);
		expect(await closeProblemReport(db, id, 'resolved', s.editorId)).toBe(true);
		expect(await closeProblemReport(db, id, 'dismissed', s.editorId)).toBe(false);
		expect(await listProblemReports(db, 'open', 10)).toEqual([]);
		const results = [];
		for (let i = 0; i < 6; i++) results.push(await takeRateLimit(db, 'report-ip', '192.0.2.7', 5, 3600));
		expect(results).toEqual([true, true, true, true, true, false]);
		expect(await takeRateLimit(db, 'report-ip', '192.0.2.8', 5, 3600)).toBe(true);
	});
});
