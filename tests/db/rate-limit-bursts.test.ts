// Throttles under a burst of simultaneous requests (issue 15): however many attempts arrive at
// once, no more than the limit get through — counted as password checks for logins and as
// accepted reports for the report form — on both engines.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { attemptLogin } from '../../src/lib/server/auth/login';
import { hashPassword, verifyPassword } from '../../src/lib/server/auth/password';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, takeRateLimit } from '../../src/lib/server/auth/throttle';
import { insertUser } from '../../src/lib/server/db/queries/users';
import { engines } from './engines';

// Counts password checks without changing them: the throttle must stop attempts before scrypt runs.
vi.mock('../../src/lib/server/auth/password', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/lib/server/auth/password')>();
	return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
const passwordChecks = () => vi.mocked(verifyPassword).mock.calls.length;

const BURST = 60;

describe.each(engines)('rate limits under a burst on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	const password = 'teh manis tanpa gula';

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
	});
	afterAll(() => drop());

	it(`lets ${MAX_FAILURES_PER_ACCOUNT} of ${BURST} simultaneous guesses at one account reach the password check, and not the right password sent last`, async () => {
		const email = 'burst@example.org';
		await insertUser(db, { email, name: 'Burst', role: 'editor', passwordHash: await hashPassword(password) });
		vi.mocked(verifyPassword).mockClear();
		const guesses = Array.from({ length: BURST }, (_, i) => (i === BURST - 1 ? password : `wrong guess ${i}`));
		const results = await Promise.all(guesses.map((guess, i) => attemptLogin(db, email, guess, `10.20.${i}.1`)));
		expect(passwordChecks()).toBe(MAX_FAILURES_PER_ACCOUNT);
		expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
		expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(BURST - MAX_FAILURES_PER_ACCOUNT);
		expect(results.some((r) => r.ok)).toBe(false);
	});

	it(`lets ${MAX_FAILURES_PER_IP} of ${BURST} simultaneous attempts from one address reach the password check`, async () => {
		vi.mocked(verifyPassword).mockClear();
		const results = await Promise.all(
			Array.from({ length: BURST }, (_, i) => attemptLogin(db, `spray-${i}@example.org`, 'a guessed password', '10.30.0.1'))
		);
		expect(passwordChecks()).toBe(MAX_FAILURES_PER_IP);
		expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(BURST - MAX_FAILURES_PER_IP);
	});

	it('does not count successful logins against the address', async () => {
		const email = 'office@example.org';
		await insertUser(db, { email, name: 'Office', role: 'editor', passwordHash: await hashPassword(password) });
		// More successes than the per-address failure limit, from one shared office address.
		for (let i = 0; i < MAX_FAILURES_PER_IP + 2; i++) {
			expect((await attemptLogin(db, email, password, '10.40.0.1')).ok, `login ${i + 1}`).toBe(true);
		}
		expect(await attemptLogin(db, 'unknown@example.org', 'a guessed password', '10.40.0.1')).toEqual({ ok: false, reason: 'invalid' });
	});

	it('accepts exactly the limit of simultaneous problem reports from one address', async () => {
		const taken = await Promise.all(Array.from({ length: 30 }, () => takeRateLimit(db, 'report-ip', '192.0.2.50', 5, 3600)));
		expect(taken.filter(Boolean)).toHaveLength(5);
		expect(await takeRateLimit(db, 'report-ip', '192.0.2.51', 5, 3600)).toBe(true);
	});
});
