// Read replicas (issue 14, item 4) on a real streaming replica: a throwaway primary (initdb) and a
// hot standby made from it by pg_basebackup, each on its own port, and the built app with
// DATABASE_URL on the primary and DATABASE_READ_URL on the standby. Replay on the standby is paused
// so that a write on the primary is not yet visible there: the public then sees the standby's older
// state (pages, the API, a CSV download) while the editor who made the change sees it at once. Past
// the lag bound, and once the standby is stopped, the public is served from the primary; while the
// primary is stopped, the public is served from the standby.
import { expect, test, type APIRequestContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startBuiltServer, type BuiltServer } from './built-server';
import { formHeaders } from './editors-server';
import { asDatabaseUser, findPostgresBin, queryServer, startCluster, type Cluster } from './throwaway-postgres';

const found = findPostgresBin();
const bin = found && fs.existsSync(path.join(found, 'pg_basebackup')) ? found : null;
const user = asDatabaseUser();
const EDITOR = 'replica-editor@e2e.example';
const PASSWORD = 'replica test password that is long';
// Long enough to look at the paused standby under a loaded machine, short enough to wait out.
const MAX_LAG_SECONDS = 8;

test.describe('read replica', () => {
	test.skip(!bin, 'PostgreSQL binaries (initdb, pg_ctl, pg_basebackup) were not found: set PG_BIN to their folder to run the read-replica test.');
	test.skip(!user, 'running as root without a `postgres` account to run PostgreSQL as: the read-replica test is skipped.');

	let cluster: Cluster | undefined;
	let server: BuiltServer | undefined;
	let anonymous: APIRequestContext | undefined;
	let editor: APIRequestContext | undefined;

	test.afterAll(async () => {
		await anonymous?.dispose();
		await editor?.dispose();
		await server?.stop();
		cluster?.cleanup();
	});

	test('public reads come from the replica, the editor reads their own writes, the primary serves when the replica lags or stops, the replica when the primary stops', async ({ playwright }) => {
		test.setTimeout(180_000);
		const started = Date.now();
		cluster = await startCluster(bin!, user!, { replica: true, prefix: 'pledgewatch-replica-' });
		const { primary } = cluster;
		const replica = cluster.replica!;
		const appPort = process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 1 : undefined;
		server = await startBuiltServer(
			{ engine: 'postgres-url', url: primary.url },
			{ DATABASE_READ_URL: replica.url, DATABASE_READ_MAX_LAG_SECONDS: String(MAX_LAG_SECONDS), API_RATE_LIMIT_PER_MINUTE: '1000000' },
			{ port: appPort }
		);
		const app = server;
		const log = () => app.output();
		const inUseLines = () => log().match(/read replica .*: in use for public reads/g)?.length ?? 0;
		await expect.poll(inUseLines, { message: 'the app takes the caught-up replica into use', timeout: 20_000 }).toBeGreaterThan(0);

		const added = app.tsx('scripts/user.ts', ['add', EDITOR, '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`);
		expect(added.status, added.stderr).toBe(0);
		anonymous = await playwright.request.newContext({ baseURL: app.baseURL });
		editor = await playwright.request.newContext({ baseURL: app.baseURL });
		const login = await editor.post('/login', { form: { email: EDITOR, password: PASSWORD, next: '/admin' }, headers: formHeaders(app.baseURL), maxRedirects: 0 });
		expect(login.status()).toBe(303);

		const list = await anonymous.get('/api/v1/institutions?limit=50');
		expect(list.status()).toBe(200);
		// A name that reads the same in HTML, JSON and CSV (no characters any of them escape).
		const institution = ((await list.json()).rows as Array<{ slug: string; name: string }>).find((i) => /^[\p{L}\d .-]+$/u.test(i.name));
		expect(institution, 'the demo data has an institution to rename').toBeTruthy();
		const { slug, name: original } = institution!;
		const read = async (ctx: APIRequestContext, path: string) => {
			const response = await ctx.get(path, { maxRedirects: 0 });
			return { status: response.status(), text: await response.text(), cache: response.headers()['x-page-cache'] };
		};
		const profile = `/institutions/${slug}`;
		const apiPath = `/api/v1/institutions/${slug}`;
		const csvPath = '/data/institutions.csv';
		expect((await read(anonymous, profile)).text).toContain(original);
		// The public pool's connections on the standby, tagged with their application_name.
		const publicConnections = await queryServer<{ n: number }>(replica.url, "select count(*)::int as n from pg_stat_activity where application_name = 'pledgewatch public reads'");
		expect(publicConnections[0].n, 'the app holds public-read connections on the standby').toBeGreaterThan(0);

		const rename = async (newName: string) => {
			const response = await editor!.post('/admin/institutions?/rename', {
				form: { slug, newName, reason: 'read replica test' },
				headers: formHeaders(app.baseURL),
				maxRedirects: 0
			});
			expect(response.status()).toBe(200);
			expect(await response.text()).toContain(`Nama diganti menjadi ${newName}`);
		};
		const pauseReplay = async () => {
			await queryServer(replica.url, 'select pg_wal_replay_pause()');
			await expect.poll(async () => (await queryServer<{ s: string }>(replica.url, 'select pg_get_wal_replay_pause_state() as s'))[0].s).toBe('paused');
		};

		// 1. Replay paused, the editor renames: the primary has the new name, the standby not yet.
		await pauseReplay();
		const second = `${original} (dua)`;
		const renamedAt = Date.now();
		await rename(second);
		const editorView = await read(editor, profile);
		expect(editorView.text, 'the editor sees their own change at once').toContain(second);
		expect(editorView.cache).toBe('bypass');
		const [onPrimary] = await queryServer<{ name: string }>(primary.url, `select name from institutions where slug = '${slug}'`);
		const [onReplica] = await queryServer<{ name: string }>(replica.url, `select name from institutions where slug = '${slug}'`);
		expect([onPrimary.name, onReplica.name]).toEqual([second, original]);
		// The public page, the API and a streamed CSV download (COPY on the replica's pool) all show
		// the standby's state: had any of them read the primary, it would show the new name.
		const publicPage = await read(anonymous, profile);
		const publicApi = await read(anonymous, apiPath);
		const publicCsv = await read(anonymous, csvPath);
		const lookedWithinMs = Date.now() - renamedAt;
		expect(lookedWithinMs, 'the public reads ran inside the lag bound (else this part proves nothing)').toBeLessThan(MAX_LAG_SECONDS * 1000);
		expect(publicPage.status).toBe(200);
		expect(publicPage.text).toContain(original);
		expect(publicPage.text).not.toContain(second);
		expect(JSON.parse(publicApi.text).data.name).toBe(original);
		expect(publicCsv.text).toContain(original);
		expect(publicCsv.text).not.toContain(second);

		// 2. Still paused, past the bound: the app notices the lag, logs it once, and the public is
		// served the primary's (new) state.
		await expect
			.poll(async () => (await read(anonymous!, profile)).text.includes(second), { message: 'past the lag bound the public reads the primary', timeout: MAX_LAG_SECONDS * 1000 + 15_000 })
			.toBe(true);
		expect(log()).toMatch(/read replica .*behind the primary \(bound 8\.0 s\); public reads use the primary until it catches up/);
		expect(JSON.parse((await read(anonymous, apiPath)).text).data.name).toBe(second);

		// 3. Replay resumes: the standby catches up and is taken back into use (logged again).
		const before = inUseLines();
		await queryServer(replica.url, 'select pg_wal_replay_resume()');
		await expect.poll(inUseLines, { message: 'the caught-up replica is used again', timeout: 20_000 }).toBeGreaterThan(before);
		// …and it really serves again: paused once more, a second change stays invisible to the public.
		await pauseReplay();
		const third = `${original} (tiga)`;
		await rename(third);
		expect((await read(editor, profile)).text).toContain(third);
		const publicAgain = await read(anonymous, profile);
		expect(publicAgain.text).toContain(second);
		expect(publicAgain.text).not.toContain(third);

		// 4. The primary stops while the replica is in use: its lag cannot be measured, the decision
		// stands, and the public pages go on from the replica (anonymous pages touch no primary).
		primary.stop('fast');
		const primaryDown = [];
		for (const path of [profile, apiPath, '/pledges', '/']) primaryDown.push({ path, ...(await read(anonymous, path)) });
		expect(primaryDown.filter((r) => r.status !== 200).map((r) => `${r.path} ${r.status}`), 'public pages while the primary is down').toEqual([]);
		expect(primaryDown[0].text).toContain(second);
		primary.start();
		// Back, with the replica still paused behind it: past the bound the public reads the primary.
		await expect
			.poll(async () => (await read(anonymous!, profile)).text.includes(third), { message: 'the primary serves again once back', timeout: MAX_LAG_SECONDS * 1000 + 20_000 })
			.toBe(true);

		// 5. The standby stops (still paused, still behind): public requests go on, from the primary.
		replica.stop('fast');
		const afterStop: Array<{ path: string; status: number; text: string }> = [];
		for (let i = 0; i < 8; i++) {
			for (const path of [profile, apiPath, csvPath, '/pledges', '/']) afterStop.push({ path, ...(await read(anonymous, path)) });
		}
		expect(afterStop.filter((r) => r.status !== 200).map((r) => `${r.path} ${r.status}`), 'every public request after the stop is served').toEqual([]);
		expect(afterStop.filter((r) => r.path === profile).every((r) => r.text.includes(third)), 'from the primary').toBe(true);
		expect(log()).toMatch(/read replica .*: unreachable \(.*\); public reads use the primary, the replica is tried again every/);
		expect((await read(editor, profile)).text).toContain(third);
		expect(app.child.exitCode).toBeNull();
		expect(log()).not.toMatch(/Unhandled promise rejection|uncaughtException/);
		console.log(log().split('\n').filter((line) => line.startsWith('read replica')).join('\n'));
		console.log(`read replica: ${afterStop.length} public requests after the stop, all 200; public reads looked at ${lookedWithinMs} ms after the write; whole test ${Date.now() - started} ms`);
	});
});
