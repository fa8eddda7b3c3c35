// Dashboard read queries on both engines, against the fictional fixture with hand-computed counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import { getArticleDetail } from '../../src/lib/server/db/queries/articles-read';
import { listInstitutions } from '../../src/lib/server/db/queries/dashboard-institutions';
import {
	getLatestPledges,
	getMonthlyCategoryCounts,
	getMostActiveInstitutions,
	getProvinceTotals,
	getRollupSpan,
	hasDemoData
} from '../../src/lib/server/db/queries/dashboard-overview';
import { fillMonths as monthRange } from '../../src/lib/format/months';
import { findInstitutionBySlug, getCategoryBreakdown, getCounterparts, getPledgeTallies, getSpokespeople } from '../../src/lib/server/db/queries/institution-profile';
import { getPledgeDetail } from '../../src/lib/server/db/queries/pledges';
import { statementIdsOf } from '../../src/lib/server/db/queries/statement-cards';
import { parseInstitutionFilters } from '../../src/lib/filters/institution-filters';
import { insertDashboardFixture, type Fixture } from './dashboard-fixture';
import { engines } from './engines';

describe.each(engines)('dashboard queries on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	let fx: Fixture;

	beforeAll(async () => {
		({ handle, drop } = await engine.open());
		fx = await insertDashboardFixture(handle.db);
	});
	afterAll(async () => drop?.());

	it('counts pledges per month and category, without the rejected or undated ones', async () => {
		expect(await getMonthlyCategoryCounts(handle.db, { kind: 'pledge' })).toEqual([
			{ month: '2024-11-01', category: 'program', count: 1 },
			{ month: '2025-04-01', category: 'budget', count: 1 },
			{ month: '2025-04-01', category: 'oversight', count: 1 },
			{ month: '2025-05-01', category: 'budget', count: 1 },
			{ month: '2025-05-01', category: 'program', count: 1 }
		]);
		expect(await getMonthlyCategoryCounts(handle.db, { kind: 'pledge', institutionId: fx.dprdKalteng, from: '2025-05-01' })).toEqual([
			{ month: '2025-05-01', category: 'program', count: 1 }
		]);
		expect(await getRollupSpan(handle.db)).toEqual({ first: '2024-11-01', last: '2025-05-01' });
	});

	it('totals every province, zeros included', async () => {
		const provinces = await getProvinceTotals(handle.db);
		expect(provinces).toHaveLength(38);
		expect(provinces.find((p) => p.code === '62')).toMatchObject({ name: 'Kalimantan Tengah', pledges: 4, requests: 1 });
		expect(provinces.find((p) => p.code === '82')).toMatchObject({ pledges: 1, requests: 0 });
		expect(provinces.reduce((a, p) => a + p.pledges, 0)).toBe(5);
	});

	it('ranks the most active legislatures with a pledge sparkline', async () => {
		const months = monthRange('2025-03-01', '2025-05-01');
		const top = await getMostActiveInstitutions(handle.db, ['legislature'], 5, months);
		expect(top.map((t) => [t.slug, t.pledges, t.requests, t.sparkline])).toEqual([
			['dprd-provinsi-kalimantan-tengah', 3, 0, [0, 2, 1]],
			['dprd-kabupaten-kotawaringin-timur', 1, 0, [0, 0, 1]]
		]);
	});

	it('lists the latest public pledges, newest first, undated last', async () => {
		const latest = await getLatestPledges(handle.db, 10);
		expect(latest.flatMap(statementIdsOf)).toEqual([
			fx.statements.kotim,
			fx.statements.program,
			// One sentence, two categories: one card, its lowest id first.
			fx.statements.oversight,
			fx.statements.budget,
			fx.statements.malut,
			fx.statements.undated
		]);
		expect(latest).toHaveLength(5);
		expect(latest[1]).toMatchObject({ amount: 1_400_000_000_000, strength: 'conditional', outletName: 'Kabar Contoh', actor: { slug: 'dprd-provinsi-kalimantan-tengah' } });
	});

	it('filters and sorts institution lists, skipping merged records', async () => {
		const page = { limit: 50, offset: 0, sparkMonths: monthRange('2025-04-01', '2025-05-01') };
		const all = await listInstitutions(handle.db, ['legislature'], parseInstitutionFilters(new URLSearchParams('province=62')), page);
		expect(all.total).toBe(2);
		expect(all.rows.map((r) => [r.slug, r.pledges, r.byCategory.budget, r.byCategory.oversight, r.byCategory.program, r.lastMonth])).toEqual([
			['dprd-provinsi-kalimantan-tengah', 3, 1, 1, 1, '2025-05-01'],
			['dprd-kabupaten-kotawaringin-timur', 1, 1, 0, 0, '2025-05-01']
		]);
		const regency = await listInstitutions(handle.db, ['legislature'], parseInstitutionFilters(new URLSearchParams('level=regency')), page);
		expect(regency.rows.map((r) => r.slug)).toEqual(['dprd-kabupaten-kotawaringin-timur']);
		const may = await listInstitutions(handle.db, ['legislature'], parseInstitutionFilters(new URLSearchParams('from=2025-05&to=2025-05')), page);
		expect(may.rows.map((r) => [r.slug, r.pledges])).toEqual([
			['dprd-kabupaten-kotawaringin-timur', 1],
			['dprd-provinsi-kalimantan-tengah', 1]
		]);
		const agencies = await listInstitutions(handle.db, ['agency'], parseInstitutionFilters(new URLSearchParams('')), page);
		expect(agencies.rows.map((r) => [r.slug, r.pledges, r.requests])).toEqual([
			['dinas-pendidikan-maluku-utara', 1, 0],
			['kanwil-contoh-kalteng', 0, 1]
		]);
		const byName = await listInstitutions(handle.db, ['agency'], parseInstitutionFilters(new URLSearchParams('sort=name&q=kantor')), page);
		expect(byName.rows.map((r) => r.slug)).toEqual(['kanwil-contoh-kalteng']);
	});

	it('builds an institution profile: redirects, breakdowns, tallies, people and counterparts', async () => {
		expect(await findInstitutionBySlug(handle.db, 'dprd-kalteng-lama')).toEqual({ redirect: 'dprd-provinsi-kalimantan-tengah' });
		expect(await findInstitutionBySlug(handle.db, 'dprd-kalteng-tua')).toEqual({ redirect: 'dprd-provinsi-kalimantan-tengah' });
		expect(await findInstitutionBySlug(handle.db, 'nothing-here')).toBeNull();
		const found = await findInstitutionBySlug(handle.db, 'dprd-kabupaten-kotawaringin-timur');
		expect(found && 'found' in found && found.found).toMatchObject({ regionName: 'Kabupaten Kotawaringin Timur', provinceCode: '62' });

		expect(await getCategoryBreakdown(handle.db, fx.dprdKalteng)).toEqual([
			{ kind: 'pledge', category: 'budget', count: 1 },
			{ kind: 'pledge', category: 'oversight', count: 1 },
			{ kind: 'pledge', category: 'program', count: 1 }
		]);
		const tallies = await getPledgeTallies(handle.db, fx.dprdKalteng);
		expect(tallies.strength).toEqual({ firm: 2, conditional: 1, hedged: 0 });
		expect(tallies.status).toMatchObject({ in_progress: 1, not_yet_rated: 2, kept: 0 });
		expect(tallies).toMatchObject({ reviewed: 1, total: 3 });

		expect(await getSpokespeople(handle.db, fx.dprdKalteng)).toEqual([
			{ slug: 'rudi-hartawan', name: 'Rudi Hartawan', titles: ['Ketua DPRD Provinsi Kalimantan Tengah'], statements: 2, lastSeen: '2025-05-02' }
		]);
		const kalteng = await getCounterparts(handle.db, fx.dprdKalteng);
		expect(kalteng.askedBy).toEqual([{ institution: { slug: 'kanwil-contoh-kalteng', name: 'Kantor Wilayah Contoh Kalimantan Tengah' }, category: 'program', count: 1 }]);
		expect(kalteng.pledgedTo).toEqual([{ institution: { slug: 'kanwil-contoh-kalteng', name: 'Kantor Wilayah Contoh Kalimantan Tengah' }, category: 'budget', count: 1 }]);
		const kanwil = await getCounterparts(handle.db, fx.kanwil);
		expect(kanwil.asked.map((c) => [c.institution.slug, c.category, c.count])).toEqual([['dprd-provinsi-kalimantan-tengah', 'program', 1]]);
	});

	it('shows a pledge with its accepted history only, and never a rejected one', async () => {
		const detail = await getPledgeDetail(handle.db, fx.statements.budget);
		expect(detail?.updates).toEqual([
			{ status: 'in_progress', effectiveOn: '2025-06-01', reason: 'Pos anggaran muncul di rancangan APBD.', sourceArticleId: null, sourceUrl: 'https://kabar-contoh.example/apbd' }
		]);
		expect(detail?.article.body.slice(detail.card.evidenceStart, detail.card.evidenceEnd)).toBe(detail?.card.evidenceText);
		expect(detail?.card.target?.slug).toBe('kanwil-contoh-kalteng');
		expect(await getPledgeDetail(handle.db, fx.statements.rejected)).toBeNull();
	});

	it('shows an article with its statements in reading order and its copies', async () => {
		const first = await getArticleDetail(handle.db, fx.articles.first);
		expect(first?.statements.map((s) => s.id)).toEqual([fx.statements.request, fx.statements.oversight, fx.statements.budget]);
		expect(first?.copies.map((c) => c.id)).toEqual([fx.articles.copy]);
		expect(first?.original).toBeNull();
		const copy = await getArticleDetail(handle.db, fx.articles.copy);
		expect(copy?.original?.id).toBe(fx.articles.first);
		expect(copy?.copies).toEqual([]);
		expect(copy?.statements).toEqual([]);
		const second = await getArticleDetail(handle.db, fx.articles.second);
		expect(second?.statements.map((s) => s.id)).not.toContain(fx.statements.rejected);
	});

	it('notices demo data through its flag', async () => {
		expect(await hasDemoData(handle.db)).toBe(false);
		await handle.db.updateTable('articles').set({ is_demo: true }).where('id', '=', fx.articles.english).execute();
		expect(await hasDemoData(handle.db)).toBe(true);
		await handle.db.updateTable('articles').set({ is_demo: false }).where('id', '=', fx.articles.english).execute();
	});
});
