// /pledges for analysts on both engines: the institution-kind facet selects the same statements on
// the page, in the CSV and in the API; the rupiah total of a selection takes each sentence's amount
// once; a sentence given two categories is one card (both chips) on /pledges and the overview.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { parsePledgeFilters } from '../../src/lib/filters/pledge-filters';
import { getLatestPledges } from '../../src/lib/server/db/queries/dashboard-overview';
import { getSelectionAmounts, getSelectionTimeline } from '../../src/lib/server/db/queries/pledge-selection';
import { getPledgeFacets, searchPledges } from '../../src/lib/server/db/queries/pledges';
import { statementIdsOf } from '../../src/lib/server/db/queries/statement-cards';
import { apiPledges } from '../../src/lib/server/export/api';
import { exportPledges } from '../../src/lib/server/export/handlers';
import type { JsonPage } from '../../src/lib/server/export/respond';
import { insertDashboardFixture, type Fixture } from './dashboard-fixture';
import { engines } from './engines';

const ORIGIN = 'https://pledgewatch.test';
const NOW = new Date('2026-11-28T10:00:00Z');
const filters = (query: string) => parsePledgeFilters(new URLSearchParams(query));
const SENTENCE = 'Pemprov akan mengalokasikan sekitar Rp12,4 miliar untuk anggaran dan program air bersih';
const BODY = `Palangka Raya — Gubernur menegaskan bahwa ${SENTENCE} tahun depan.`;

describe.each(engines)('/pledges for analysts on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let fx: Fixture;
	let exec: { budget: number; program: number };

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		fx = await insertDashboardFixture(db);
		// An executive office whose one sentence pledges budget and a program, with one amount on both rows.
		const pemprov = (await db.insertInto('institutions').values({ slug: 'pemprov-kalteng', name: 'Pemerintah Provinsi Kalimantan Tengah', kind: 'executive', level: 'province', region_code: '62' }).returning('id').executeTakeFirstOrThrow()).id;
		const article = (
			await db.insertInto('articles').values({ body: BODY, title: 'Air bersih', language: 'id', published_on: '2025-06-10', content_hash: 'analysts:1', url: 'https://kabar-contoh.example/air' }).returning('id').executeTakeFirstOrThrow()
		).id;
		const start = BODY.indexOf(SENTENCE);
		const row = { article_id: article, kind: 'pledge' as const, actor_institution_id: pemprov, evidence_text: SENTENCE, evidence_start: start, evidence_end: start + SENTENCE.length, stated_on: '2025-06-10', amount: 12_400_000_000, amount_qualifier: 'about' as const, extractor_version: 'fixture-1', confidence: 0.8, strength: 'firm' as const };
		const budget = (await db.insertInto('statements').values({ ...row, category: 'budget' }).returning('id').executeTakeFirstOrThrow()).id;
		const program = (await db.insertInto('statements').values({ ...row, category: 'program' }).returning('id').executeTakeFirstOrThrow()).id;
		exec = { budget, program };
	});
	afterAll(() => drop());

	async function csvRows(query: string): Promise<Record<string, string>[]> {
		const url = new URL(`/pledges.csv?${query}`, ORIGIN);
		const res = await exportPledges(db, { request: new Request(url), url, format: 'csv', now: NOW });
		return parse(await res.text(), { columns: true }) as Record<string, string>[];
	}
	async function apiTotal(query: string): Promise<number> {
		const url = new URL(`/api/v1/pledges?${query}&limit=1`, ORIGIN);
		const res = await apiPledges(db, { request: new Request(url), url, now: NOW });
		return ((await res.json()) as JsonPage).total;
	}

	it('counts sentences per institution kind, and the page, the CSV and the API agree on each', async () => {
		const facets = await getPledgeFacets(db, filters(''));
		// legislature: oversight+budget (one sentence), program, kotim; agency: request, malut, undated.
		expect(facets.actorKind).toEqual([
			{ value: 'agency', count: 3 },
			{ value: 'legislature', count: 3 },
			{ value: 'executive', count: 1 }
		]);
		for (const [query, rows, sentences] of [
			['actor_kind=legislature', 4, 3],
			['actor_kind=agency', 3, 3],
			['actor_kind=executive', 2, 1],
			['actor_kind=executive,agency&kind=pledge', 4, 3],
			['actor_kind=judiciary', 0, 0]
		] as const) {
			const page = await searchPledges(db, filters(query), null, 100);
			const csv = await csvRows(query);
			expect([page.total, page.statements], query).toEqual([rows, sentences]);
			expect(csv, query).toHaveLength(page.total);
			expect(await apiTotal(query), query).toBe(page.total);
			expect(new Set(csv.map((r) => Number(r.id))), query).toEqual(new Set(page.cards.flatMap(statementIdsOf)));
		}
		// The facet keeps the other kinds visible when one is ticked, and the other facets follow it.
		const ticked = await getPledgeFacets(db, filters('actor_kind=executive'));
		expect(ticked.actorKind.map((v) => v.value).sort()).toEqual(['agency', 'executive', 'legislature']);
		expect(ticked.category).toEqual([
			{ value: 'budget', count: 1 },
			{ value: 'program', count: 1 }
		]);
	});

	it('adds up the stated rupiah of a selection, each sentence once, pledges only', async () => {
		expect(await getSelectionAmounts(db, filters(''))).toEqual({ total: 1_400_000_000_000 + 12_400_000_000, pledges: 2, qualified: 1 });
		expect(await getSelectionAmounts(db, filters('actor_kind=executive'))).toEqual({ total: 12_400_000_000, pledges: 1, qualified: 1 });
		// Under category=program only the program row matches; the sentence still counts once.
		expect(await getSelectionAmounts(db, filters('category=program&actor_kind=executive'))).toEqual({ total: 12_400_000_000, pledges: 1, qualified: 1 });
		expect(await getSelectionAmounts(db, filters('actor_kind=agency'))).toEqual({ total: 0, pledges: 0, qualified: 0 });
		expect(await getSelectionAmounts(db, filters('kind=request'))).toEqual({ total: 0, pledges: 0, qualified: 0 });
	});

	it('charts the selection per month and category, the same rows as the download', async () => {
		expect(await getSelectionTimeline(db, filters('actor_kind=executive'))).toEqual([
			{ month: '2025-06-01', category: 'budget', count: 1 },
			{ month: '2025-06-01', category: 'program', count: 1 }
		]);
		const legislature = await getSelectionTimeline(db, filters('actor_kind=legislature'));
		expect(legislature.reduce((a, r) => a + r.count, 0)).toBe((await csvRows('actor_kind=legislature')).length);
		expect(legislature.map((r) => r.month)).toEqual(['2025-04-01', '2025-04-01', '2025-05-01', '2025-05-01']);
	});

	it('shows a sentence with two categories once, with both, on /pledges and the overview', async () => {
		const page = await searchPledges(db, filters('actor_kind=executive'), null);
		expect(page.cards).toHaveLength(1);
		expect([page.statements, page.total]).toEqual([1, 2]);
		expect(page.cards[0]).toMatchObject({ id: exec.budget, category: 'budget', also: [{ id: exec.program, category: 'program' }] });
		const latest = await getLatestPledges(db, 3);
		expect(latest.map((c) => [c.category, ...c.also.map((a) => a.category)])).toEqual([
			['budget', 'program'],
			['budget'],
			['program']
		]);
		expect(latest[0].id).toBe(exec.budget);
		// The DPRD's "pengawasan dan anggaran" sentence (two rows) is one card too, on any page size.
		const first = await searchPledges(db, filters('institution=dprd-provinsi-kalimantan-tengah'), null, 1);
		expect(first.cards.flatMap(statementIdsOf)).toEqual([fx.statements.program]);
		const second = await searchPledges(db, filters('institution=dprd-provinsi-kalimantan-tengah'), first.next, 1);
		expect(second.cards).toHaveLength(1);
		expect(second.cards[0]).toMatchObject({ id: fx.statements.oversight, category: 'oversight', also: [{ id: fx.statements.budget, category: 'budget' }] });
		expect(second.next).toBeNull();
	});
});
