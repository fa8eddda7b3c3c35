// Deadlines and overdue on both engines (issue 12): ingestion stores the deadline a pledge states
// with its phrase and offsets; re-extraction gives one to reviewed statements too; "overdue" is
// judged when read — due yesterday with no status is overdue, with status kept it is not, due
// tomorrow is not — and the list filter, its count, the exports and the feed agree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import { parsePledgeFilters } from '../../src/lib/filters/pledge-filters';
import { findOverduePledges, findPledgesAfter } from '../../src/lib/server/db/queries/export-pledges';
import { TODAY_SQL } from '../../src/lib/server/db/queries/overdue';
import { searchPledges } from '../../src/lib/server/db/queries/pledges';
import { countOverduePledges } from '../../src/lib/server/db/queries/pledges-overdue';
import { findStatementCards, statementIdsOf } from '../../src/lib/server/db/queries/statement-cards';
import { overdueFeed } from '../../src/lib/server/export/feed-handlers';
import { defaultExtractor } from '../../src/lib/server/ingest/default-extractor';
import type { ArticleExtractor } from '../../src/lib/server/ingest/extractor';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import { reextractArticles } from '../../src/lib/server/ingest/reextract';
import { loadGazetteer, type Gazetteer } from '../../src/lib/server/resolve/gazetteer';
import { engines } from './engines';

const FILLER = 'Pertemuan berlangsung di ruang rapat utama dan dihadiri sejumlah kepala bidang serta perwakilan organisasi masyarakat sipil dari berbagai kecamatan.';
// Fictional: a provincial council's budget pledge with a deadline in its quote.
const PLEDGE = `PALANGKA RAYA, Kabar Contoh – Ketua DPRD Provinsi Kalteng, Rudi Lestiono, menyatakan siap mendukung program pembinaan warga binaan melalui fungsi pengawasan dan anggaran, Senin (3/2/2025).\n${FILLER}\n“Kami berkomitmen mengalokasikan anggaran sebesar Rp 12,5 miliar pada APBD Perubahan 2025 untuk program ini,” ujar Lestiono.\n${FILLER.replace('utama', 'kecil')}`;

const filters = (query: string) => parsePledgeFilters(new URLSearchParams(query));
const shift = (iso: string, days: number) => {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
};

describe.each(engines)('deadlines and overdue on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	let gazetteer: Gazetteer;
	let extractor: ArticleExtractor;
	let today: string;

	beforeAll(async () => {
		({ handle, drop } = await engine.open());
		gazetteer = await loadGazetteer();
		extractor = defaultExtractor(gazetteer);
		const { rows } = await sql<{ today: string }>`select ${TODAY_SQL}::text as today`.execute(handle.db);
		today = rows[0].today;
	});
	afterAll(() => drop());

	it('ingestion stores the deadline with its phrase and offsets into the body', async () => {
		const summary = await ingest(handle.db, [{ item: { origin: 'test:1', text: PLEDGE, published: '2025-02-03', url: 'https://kabar.example/1' } }], {
			trigger: 'cli',
			sources: ['t'],
			extractor,
			gazetteer
		});
		expect(summary.failed).toBe(0);
		const rows = await handle.db.selectFrom('statements as s').innerJoin('articles as a', 'a.id', 's.article_id').select(['s.due_on', 's.due_phrase', 's.due_start', 's.due_end', 'a.body']).where('s.kind', '=', 'pledge').execute();
		expect(rows.length).toBeGreaterThanOrEqual(1);
		for (const r of rows) {
			expect(r.due_on).toBe('2025-12-31');
			expect(r.due_phrase).toBe('APBD Perubahan 2025');
			expect(r.body.slice(r.due_start!, r.due_end!)).toBe('APBD Perubahan 2025');
		}
	});

	it('re-extraction gives reviewed statements the deadline they lacked, and keeps them otherwise as they were', async () => {
		const [first] = await handle.db.selectFrom('statements').select(['id', 'evidence_text']).where('kind', '=', 'pledge').orderBy('id').limit(1).execute();
		await handle.db.updateTable('statements').set({ review_status: 'confirmed', due_on: null, due_phrase: null, due_start: null, due_end: null }).where('id', '=', first.id).execute();
		expect((await reextractArticles(handle.db, { extractor, gazetteer })).failed).toBe(0);
		const kept = await handle.db.selectFrom('statements').select(['review_status', 'due_on', 'due_phrase', 'evidence_text']).where('id', '=', first.id).executeTakeFirstOrThrow();
		expect(kept).toEqual({ review_status: 'confirmed', due_on: '2025-12-31', due_phrase: 'APBD Perubahan 2025', evidence_text: first.evidence_text });
	});

	it('refuses a deadline without its phrase', async () => {
		const [s] = await handle.db.selectFrom('statements').select('id').limit(1).execute();
		await expect(handle.db.updateTable('statements').set({ due_phrase: null }).where('id', '=', s.id).execute()).rejects.toThrow();
	});

	describe('overdue, judged when read', () => {
		const ids: Record<string, number> = {};

		beforeAll(async () => {
			// A second article with hand-made statements, due relative to the database's today (UTC+7).
			const body = 'Dewan berjanji membangun jembatan. Dewan berjanji memperbaiki pasar. Dewan berjanji membuka klinik. Dinas meminta dana sekolah. Dewan berjanji menanam pohon.';
			const article = await handle.db
				.insertInto('articles')
				.values({ body, language: 'id', published_on: shift(today, -200), content_hash: 'overdue-fixture', url: 'https://kabar.example/overdue' })
				.returning('id')
				.executeTakeFirstOrThrow();
			const inst = await handle.db.selectFrom('institutions').select('id').limit(1).executeTakeFirstOrThrow();
			const add = async (key: string, phrase: string, kind: 'pledge' | 'request', dueOn: string | null, status: 'not_yet_rated' | 'kept' | 'in_progress' = 'not_yet_rated') => {
				const start = body.indexOf(phrase);
				const due = dueOn ? { due_on: dueOn, due_phrase: 'tahun ini', due_start: start, due_end: start + 5 } : {};
				const row = await handle.db
					.insertInto('statements')
					.values({ article_id: article.id, kind, category: 'program', actor_institution_id: inst.id, evidence_text: phrase, evidence_start: start, evidence_end: start + phrase.length, strength: 'firm', stated_on: shift(today, -200), confidence: 0.9, extractor_version: 'fixture', status, ...due })
					.returning('id')
					.executeTakeFirstOrThrow();
				ids[key] = row.id;
			};
			await add('yesterday', 'Dewan berjanji membangun jembatan', 'pledge', shift(today, -1));
			await add('keptYesterday', 'Dewan berjanji memperbaiki pasar', 'pledge', shift(today, -1), 'kept');
			await add('tomorrow', 'Dewan berjanji membuka klinik', 'pledge', shift(today, 1));
			await add('request', 'Dinas meminta dana sekolah', 'request', shift(today, -1));
			await add('today', 'Dewan berjanji menanam pohon', 'pledge', today, 'in_progress');
		});

		it('flags a pledge due yesterday with no status; not one kept, not one due tomorrow or today, not a request', async () => {
			const cards = await findStatementCards(handle.db, { ids: Object.values(ids) });
			const overdue = Object.fromEntries(Object.entries(ids).map(([key, id]) => [key, cards.find((c) => c.id === id)?.overdue]));
			expect(overdue).toEqual({ yesterday: true, keptYesterday: false, tomorrow: false, request: false, today: false });
			expect(cards.find((c) => c.id === ids.tomorrow)).toMatchObject({ dueOn: shift(today, 1), duePhrase: 'tahun ini' });
		});

		it('overdue=1 lists only overdue pledges, counts them, and the exports and feed carry them', async () => {
			// The ingested APBD Perubahan 2025 pledges are overdue too (due 2025-12-31, no status).
			const ingested = (await handle.db.selectFrom('statements').select('id').where('due_on', '=', '2025-12-31').where('kind', '=', 'pledge').execute()).map((r) => r.id);
			const expected = [ids.yesterday, ...ingested].sort((a, b) => a - b);
			const page = await searchPledges(handle.db, filters('overdue=1'), null);
			expect(page.cards.flatMap(statementIdsOf).sort((a, b) => a - b)).toEqual(expected);
			expect(page.cards.every((c) => c.overdue)).toBe(true);
			expect(page.total).toBe(expected.length);
			// The checkbox counts sentences, as the page heading does; rows are one per category.
			expect(await countOverduePledges(handle.db, filters(''))).toBe(page.statements);
			expect(page.statements).toBeLessThanOrEqual(expected.length);
			expect(await countOverduePledges(handle.db, filters('kind=request'))).toBe(0);

			const exported = await findPledgesAfter(handle.db, filters('overdue=1'), null, 100);
			expect(exported.map((r) => r.id)).toEqual(expected);
			const all = await findPledgesAfter(handle.db, filters(''), null, 100);
			expect(all.find((r) => r.id === ids.keptYesterday)).toMatchObject({ dueOn: shift(today, -1), overdue: false });
			expect(all.find((r) => r.id === ids.yesterday)).toMatchObject({ dueOn: shift(today, -1), duePhrase: 'tahun ini', overdue: true });

			const feedRows = await findOverduePledges(handle.db, filters(''), 50);
			expect(feedRows[0].id).toBe(ids.yesterday);
			const res = await overdueFeed(handle.db, { url: new URL('http://localhost/feeds/overdue.atom'), now: new Date(), lang: 'id' });
			const xml = await res.text();
			expect(res.headers.get('content-type')).toContain('application/atom+xml');
			expect(xml.match(/<entry>/g)).toHaveLength(expected.length);
			expect(xml).toContain(`/pledges/${ids.yesterday}</id>`);
			expect(xml).not.toContain(`/pledges/${ids.tomorrow}</id>`);
		});
	});
});
