// Email alerts over real SMTP on both engines (issue 12, item 5): the app's nodemailer transport
// sends to an SMTP server this test starts on 127.0.0.1. A citizen asks for alerts, receives only
// a confirmation; nothing else is sent until they confirm; after confirming they receive one digest
// with the scope's new pledge and status change (not another institution's), at most one a day,
// with a one-click unsubscribe link (List-Unsubscribe + List-Unsubscribe-Post); unsubscribing
// deletes the address. Requests are rate-limited; tokens are stored hashed; the status-change feed
// carries the same change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/lib/server/auth/tokens';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import { statusFeed } from '../../src/lib/server/export/feed-handlers';
import { confirmByToken, findPendingByToken, REQUESTS_PER_EMAIL_PER_HOUR, requestSubscription, unsubscribeByToken } from '../../src/lib/server/follow/alerts';
import { sendDueDigests, SETTLE_MS } from '../../src/lib/server/follow/digest';
import { createMailer, type Mailer } from '../../src/lib/server/follow/mailer';
import { engines } from './engines';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink';

const ORIGIN = 'http://pledgewatch.test';
const HOUR = 3600_000;

describe.each(engines)('email alerts on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	let smtp: SmtpSink;
	let mailer: Mailer;
	let articleId: number;
	const inst: Record<string, number> = {};
	let offset = 0;

	// A pledge stored now, in its own sentence of the test article.
	async function addPledge(slug: string, words: string): Promise<number> {
		const start = offset;
		offset += words.length + 1;
		const row = await handle.db
			.insertInto('statements')
			.values({ article_id: articleId, kind: 'pledge', category: 'budget', actor_institution_id: inst[slug], evidence_text: words, evidence_start: start, evidence_end: start + words.length, strength: 'firm', stated_on: '2026-01-10', confidence: 0.9, extractor_version: 'fixture' })
			.returning('id')
			.executeTakeFirstOrThrow();
		return row.id;
	}

	beforeAll(async () => {
		({ handle, drop } = await engine.open());
		// One SMTP port per engine: the suites of one file run one after the other.
		smtp = await startSmtpSink(engine.name === 'pglite' ? 2625 : 2626);
		mailer = createMailer({ url: smtp.url, from: 'Pledgewatch <alerts@pledgewatch.test>' });
		for (const slug of ['dprd-ikut', 'dprd-lain']) {
			const r = await handle.db.insertInto('institutions').values({ slug, name: slug === 'dprd-ikut' ? 'DPRD Kabupaten Ikut' : 'DPRD Kabupaten Lain', kind: 'legislature', level: 'regency' }).returning('id').executeTakeFirstOrThrow();
			inst[slug] = r.id;
		}
		const a = await handle.db.insertInto('articles').values({ body: 'x'.repeat(5000), language: 'id', published_on: '2026-01-10', content_hash: 'follow-alerts' }).returning('id').executeTakeFirstOrThrow();
		articleId = a.id;
		await addPledge('dprd-ikut', 'Dewan berjanji membangun jembatan gantung di Desa Sungai Rindang.');
	});
	afterAll(async () => {
		mailer?.close();
		await smtp?.close();
		await drop();
	});

	const request = (email: string, scope = 'institution=dprd-ikut', clientAddress = '10.0.0.1') =>
		requestSubscription(handle.db, mailer, { email, scope, lang: 'id', clientAddress, origin: ORIGIN });

	it('refuses a bad address or an unknown institution, and rate-limits requests per email address', async () => {
		expect(await request('bukan-email')).toBe('bad-email');
		expect(await request('warga@contoh.id', 'institution=tidak-ada')).toBe('unknown-scope');
		const before = smtp.mails.length;
		const outcomes = [];
		for (let i = 0; i <= REQUESTS_PER_EMAIL_PER_HOUR; i++) outcomes.push(await request('sering@contoh.id', 'institution=dprd-ikut', `10.0.1.${i}`));
		expect(outcomes).toEqual([...Array(REQUESTS_PER_EMAIL_PER_HOUR).fill('sent'), 'rate-limited']);
		await smtp.waitFor(before + REQUESTS_PER_EMAIL_PER_HOUR);
		expect(smtp.mails.length).toBe(before + REQUESTS_PER_EMAIL_PER_HOUR);
	});

	it('subscribes, confirms, sends one digest over SMTP, at most daily, and unsubscribes with one click', async () => {
		const first = smtp.mails.length;
		expect(await request('Warga@Contoh.id ')).toBe('sent');
		const [confirmation] = (await smtp.waitFor(first + 1)).slice(first);
		expect(confirmation.to).toEqual(['warga@contoh.id']);
		expect(confirmation.subject).toBe('Konfirmasi: ringkasan Pledgewatch tentang DPRD Kabupaten Ikut');
		const confirmUrl = confirmation.links.find((l) => l.startsWith(`${ORIGIN}/follow/confirm?token=`))!;
		const token = new URL(confirmUrl).searchParams.get('token')!;
		// Stored as its hash only.
		const stored = await handle.db.selectFrom('subscriptions').selectAll().where('email', '=', 'warga@contoh.id').executeTakeFirstOrThrow();
		expect(stored.confirm_token_hash).toBe(hashToken(token));
		expect(JSON.stringify(stored)).not.toContain(token);
		expect(stored.confirmed_at).toBeNull();

		// Before confirmation: news in the scope, a digest run, and no mail.
		await addPledge('dprd-ikut', 'Dewan berjanji menambah anggaran puskesmas keliling tahun ini.');
		const unconfirmed = await sendDueDigests(handle.db, mailer, { origin: ORIGIN, now: new Date(Date.now() + HOUR) });
		expect(unconfirmed.sent).toBe(0);
		expect(smtp.mails.length).toBe(first + 1);

		// Confirm: the digest covers what happens from now on.
		expect((await findPendingByToken(handle.db, token))?.label).toBe('DPRD Kabupaten Ikut');
		expect(await confirmByToken(handle.db, 'c_forged')).toBeNull();
		expect((await confirmByToken(handle.db, token))?.email).toBe('warga@contoh.id');
		expect(await confirmByToken(handle.db, token)).toBeNull(); // used once

		const quote = 'Dewan berjanji memperbaiki jalan poros menuju pasar kecamatan.';
		const newPledge = await addPledge('dprd-ikut', quote);
		await addPledge('dprd-lain', 'Dewan lain berjanji membangun stadion baru di ibu kota kabupaten.');
		const rated = await addPledge('dprd-ikut', 'Dewan berjanji membuka kelas malam bagi petani muda.');
		await handle.db.insertInto('pledge_updates').values({ statement_id: rated, status: 'kept', effective_on: '2026-03-01', reason: 'Kelas malam dibuka di tiga desa.', source_url: 'https://kabar.example/kelas', state: 'accepted' }).execute();
		await handle.db.updateTable('statements').set({ status: 'kept' }).where('id', '=', rated).execute();

		// A run covers events up to SETTLE_MS before it: this one covers everything stored so far.
		const day1 = new Date(Date.now() + SETTLE_MS + 1);
		const run = await sendDueDigests(handle.db, mailer, { origin: ORIGIN, now: day1 });
		expect(run).toMatchObject({ sent: 1, failed: 0 });
		const [digest] = (await smtp.waitFor(first + 2)).slice(first + 1);
		expect(digest.to).toEqual(['warga@contoh.id']);
		expect(digest.subject).toBe('Pledgewatch: 3 kabar baru tentang DPRD Kabupaten Ikut');
		expect(digest.text).toContain(quote);
		expect(digest.text).toContain(`${ORIGIN}/pledges/${newPledge}`);
		expect(digest.text).toContain('Ditepati (2026-03-01)');
		expect(digest.text).toContain('Kelas malam dibuka di tiga desa.');
		expect(digest.text).not.toContain('stadion');
		const unsubscribe = /^<([^>]+)>/.exec(digest.headers.get('list-unsubscribe') ?? '')?.[1];
		expect(unsubscribe).toMatch(new RegExp(`^${ORIGIN}/follow/unsubscribe\\?token=u_`));
		expect(digest.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
		expect(digest.links).toContain(unsubscribe);

		// The status-change feed of the same scope carries the change.
		const feed = await (await statusFeed(handle.db, { url: new URL(`${ORIGIN}/feeds/status.atom?institution=dprd-ikut`), now: new Date(), lang: 'id' })).text();
		expect(feed).toContain(`${ORIGIN}/pledges/${rated}#status-`);
		expect(feed).toContain('Ditepati · DPRD Kabupaten Ikut');

		// At most daily: more news an hour later waits for tomorrow's digest.
		await new Promise((r) => setTimeout(r, 5));
		await addPledge('dprd-ikut', 'Dewan berjanji memasang lampu jalan tenaga surya di pesisir.');
		expect((await sendDueDigests(handle.db, mailer, { origin: ORIGIN, now: new Date(day1.getTime() + HOUR) })).sent).toBe(0);
		expect(smtp.mails.length).toBe(first + 2);
		const day2 = await sendDueDigests(handle.db, mailer, { origin: ORIGIN, now: new Date(day1.getTime() + 25 * HOUR) });
		expect(day2.sent).toBe(1);
		const [second] = (await smtp.waitFor(first + 3)).slice(first + 2);
		expect(second.text).toContain('lampu jalan tenaga surya');
		expect(second.text).not.toContain(quote);

		// One click on the first digest's link still works, and deletes the address everywhere.
		expect(await unsubscribeByToken(handle.db, new URL(unsubscribe!).searchParams.get('token'))).toBe(true);
		expect(await handle.db.selectFrom('subscriptions').select('id').where('email', '=', 'warga@contoh.id').execute()).toEqual([]);
		expect(await unsubscribeByToken(handle.db, new URL(unsubscribe!).searchParams.get('token'))).toBe(false);
		await addPledge('dprd-ikut', 'Dewan berjanji menyalurkan bibit mangrove ke kelompok nelayan.');
		expect((await sendDueDigests(handle.db, mailer, { origin: ORIGIN, now: new Date(day1.getTime() + 50 * HOUR) })).sent).toBe(0);
		expect(smtp.mails.length).toBe(first + 3);
	});

	it('forgets an address that was never confirmed after a week', async () => {
		await handle.db.updateTable('subscriptions').set({ requested_at: new Date(Date.now() - 8 * 24 * HOUR) }).where('email', '=', 'sering@contoh.id').execute();
		const run = await sendDueDigests(handle.db, mailer, { origin: ORIGIN });
		expect(run.purged).toBe(1);
		expect(await handle.db.selectFrom('subscriptions').select('email').execute()).toEqual([]);
	});
});
