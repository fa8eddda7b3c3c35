// `npm run user -- …`: account and API-token administration from the command line. The parsing and
// the work live here (testable with any database); scripts/user.ts only wires the terminal.
import { parseArgs } from 'node:util';
import { USER_ROLES, type UserRole } from '$lib/domain/vocabulary';
import type { Db } from '../db/connect';
import { listApiTokens, revokeApiToken } from '../db/queries/api-tokens';
import { recordAudit } from '../db/queries/audit';
import { deleteUserSessions } from '../db/queries/sessions';
import { findUserByEmail, insertUser, listUsers, normalizeEmail, setUserDisabled, setUserPasswordHash, setUserRole } from '../db/queries/users';
import { API_TOKEN_SCOPES, createApiToken, type ApiTokenScope } from './api-tokens';
import { hashPassword, passwordProblem } from './password';

export interface CliIo {
	/** The new password: from stdin with --password-stdin, else typed twice at a hidden prompt. */
	readPassword(fromStdin: boolean): Promise<string>;
	out(line: string): void;
	err(line: string): void;
}

export const USAGE = `Usage: npm run user -- <command>
  add EMAIL --role editor|admin [--name NAME] [--password-stdin]
  list
  disable EMAIL | enable EMAIL
  set-password EMAIL [--password-stdin]
  set-role EMAIL --role editor|admin
  token add NAME --scope ingest [--scope …]
  token list
  token revoke NAME
Passwords are never given as arguments (they would stay in the shell history): type them at the
prompt, or pipe them in with --password-stdin.`;

class UsageError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseRole(value: string | undefined): UserRole {
	if (!value) throw new UsageError('--role is required (editor or admin).');
	if (!(USER_ROLES as readonly string[]).includes(value)) throw new UsageError(`--role must be editor or admin, not "${value}".`);
	return value as UserRole;
}

async function readNewPassword(io: CliIo, fromStdin: boolean): Promise<string> {
	const password = await io.readPassword(fromStdin);
	const problem = passwordProblem(password);
	if (problem) throw new UsageError(problem);
	return password;
}

async function requireUser(db: Db, email: string | undefined) {
	if (!email) throw new UsageError('Give the account email.');
	const user = await findUserByEmail(db, email);
	if (!user) throw new UsageError(`No account has the email ${normalizeEmail(email)}; see \`npm run user -- list\`.`);
	return user;
}

async function tokenCommand(db: Db, args: string[], values: { scope?: string[] }, io: CliIo): Promise<void> {
	const [sub, name] = args;
	if (sub === 'list') {
		const tokens = await listApiTokens(db);
		if (!tokens.length) io.out('No API tokens.');
		for (const t of tokens) {
			const state = t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : `last used ${t.lastUsedAt?.toISOString() ?? 'never'}`;
			io.out(`${t.id}\t${t.name}\t${t.scopes.join(',')}\t${state}`);
		}
		return;
	}
	if (!name) throw new UsageError('Give the token a name, e.g. `token add newsroom-feed --scope ingest`.');
	if (sub === 'add') {
		const scopes = values.scope ?? [];
		if (!scopes.length) throw new UsageError(`--scope is required (${API_TOKEN_SCOPES.join(', ')}).`);
		const unknown = scopes.filter((s) => !(API_TOKEN_SCOPES as readonly string[]).includes(s));
		if (unknown.length) throw new UsageError(`Unknown scope ${unknown.join(', ')}; known: ${API_TOKEN_SCOPES.join(', ')}.`);
		const existing = (await listApiTokens(db)).find((t) => t.name === name && !t.revokedAt);
		if (existing) throw new UsageError(`A live token named "${name}" exists; revoke it first or choose another name.`);
		const { token, id } = await createApiToken(db, name, scopes as ApiTokenScope[], null);
		await recordAudit(db, { userId: null, action: 'token.add', entity: 'api_token', entityId: id, after: { name, scopes } });
		io.out(`Created API token "${name}" (${scopes.join(', ')}). Store it now; it is not shown again:`);
		io.out(token);
		io.out(`Use it as: Authorization: Bearer ${token.slice(0, 8)}…`);
		return;
	}
	if (sub === 'revoke') {
		const revoked = await revokeApiToken(db, /^\d+$/.test(name) ? Number(name) : name);
		if (!revoked) throw new UsageError(`No live token is named "${name}"; see \`npm run user -- token list\`.`);
		await recordAudit(db, { userId: null, action: 'token.revoke', entity: 'api_token', entityId: revoked.id, before: { name: revoked.name } });
		io.out(`Revoked API token "${revoked.name}".`);
		return;
	}
	throw new UsageError(`Unknown token command "${sub ?? ''}".`);
}

/** Runs one command; returns the process exit code. */
export async function runUserCommand(db: Db, argv: string[], io: CliIo): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				role: { type: 'string' },
				name: { type: 'string' },
				scope: { type: 'string', multiple: true },
				'password-stdin': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (error) {
		io.err(`${(error as Error).message}\n\n${USAGE}`);
		return 2;
	}
	const { values, positionals } = parsed;
	const [command, ...rest] = positionals;
	if (values.help || !command) {
		io.out(USAGE);
		return command || values.help ? 0 : 2;
	}
	const fromStdin = values['password-stdin'] ?? false;
	try {
		switch (command) {
			case 'add': {
				const email = rest[0];
				if (!email || !EMAIL.test(email)) throw new UsageError('Give a valid email: `add editor@example.org --role editor`.');
				const role = parseRole(values.role);
				if (await findUserByEmail(db, email)) throw new UsageError(`An account with the email ${normalizeEmail(email)} exists.`);
				const passwordHash = await hashPassword(await readNewPassword(io, fromStdin));
				const user = await insertUser(db, { email, name: values.name?.trim() || email.split('@')[0], role, passwordHash });
				await recordAudit(db, { userId: null, action: 'user.add', entity: 'user', entityId: user.id, after: { email: user.email, role } });
				io.out(`Added ${role} ${user.email}.`);
				return 0;
			}
			case 'list': {
				const users = await listUsers(db);
				if (!users.length) io.out('No accounts yet: `npm run user -- add EMAIL --role admin`.');
				for (const u of users) io.out(`${u.email}\t${u.role}\t${u.name}\t${u.disabledAt ? 'disabled' : 'active'}`);
				return 0;
			}
			case 'disable':
			case 'enable': {
				const user = await requireUser(db, rest[0]);
				await setUserDisabled(db, user.id, command === 'disable');
				// A disabled account loses its open sessions at once, not when they expire.
				const ended = command === 'disable' ? await deleteUserSessions(db, user.id) : 0;
				await recordAudit(db, { userId: null, action: `user.${command}`, entity: 'user', entityId: user.id, after: { email: user.email } });
				io.out(`${command === 'disable' ? 'Disabled' : 'Enabled'} ${user.email}${ended ? `; ended ${ended} session(s)` : ''}.`);
				return 0;
			}
			case 'set-password': {
				const user = await requireUser(db, rest[0]);
				await setUserPasswordHash(db, user.id, await hashPassword(await readNewPassword(io, fromStdin)));
				// A new password means old sessions (maybe an attacker's) must end.
				await deleteUserSessions(db, user.id);
				await recordAudit(db, { userId: null, action: 'user.set-password', entity: 'user', entityId: user.id, after: { email: user.email } });
				io.out(`Password of ${user.email} changed; their sessions were ended.`);
				return 0;
			}
			case 'set-role': {
				const user = await requireUser(db, rest[0]);
				const role = parseRole(values.role);
				await setUserRole(db, user.id, role);
				await recordAudit(db, { userId: null, action: 'user.set-role', entity: 'user', entityId: user.id, before: { role: user.role }, after: { role } });
				io.out(`${user.email} is now ${role}.`);
				return 0;
			}
			case 'token':
				await tokenCommand(db, rest, values, io);
				return 0;
			default:
				throw new UsageError(`Unknown command "${command}".`);
		}
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`${error.message}\n\n${USAGE}`);
			return 2;
		}
		throw error;
	}
}
