// Pledge search on both engines: stemming in two languages, facets under the other filters,
// keyset pagination that neither skips nor repeats a row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import { parsePledgeFilters } from '../../src/lib/filters/pledge-filters';
import { getPledgeFacets, searchPledges } from '../../src/lib/server/db/queries/pledges';
import { statementIdsOf } from '../../src/lib/server/db/queries/statement-cards';
import { insertDashboardFixture, type Fixture } from './dashboard-fixture';
import { engines } from './engines';

const filters = (query: string) => parsePledgeFilters(new URLSearchParams(query));

describe.each(engines)('pledge search on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	let fx: Fixture;

	beforeAll(async () => {
		({ handle, drop } = await engine.open());
		fx = await insertDashboardFixture(handle.db);
	});
	afterAll(async () => drop?.());

	it('finds "pembinaan" when asked for "membina", and English by its stem', async () => {
		const id = await searchPledges(handle.db, filters('q=membina'), null);
		expect(id.cards.flatMap(statementIdsOf).sort((a, b) => a - b)).toEqual([fx.statements.oversight, fx.statements.budget, fx.statements.request].sort((a, b) => a - b));
		const en = await searchPledges(handle.db, filters('q=funding'), null);
		expect(en.cards.flatMap(statementIdsOf)).toEqual([fx.statements.malut]);
		expect(en.total).toBe(1);
	});

	it('combines filters from the URL', async () => {
		const page = await searchPledges(handle.db, filters('year=2025&category=budget&kind=pledge'), null);
		expect(page.cards.flatMap(statementIdsOf)).toEqual([fx.statements.kotim, fx.statements.budget]);
		const inst = await searchPledges(handle.db, filters('institution=dprd-provinsi-kalimantan-tengah&status=in_progress'), null);
		expect(inst.cards.flatMap(statementIdsOf)).toEqual([fx.statements.budget]);
		const regency = await searchPledges(handle.db, filters('level=regency&province=62'), null);
		expect(regency.cards.flatMap(statementIdsOf)).toEqual([fx.statements.kotim]);
		const brushed = await searchPledges(handle.db, filters('from=2024-11&to=2025-04'), null);
		expect(brushed.total).toBe(4);
		const reviewed = await searchPledges(handle.db, filters('review=confirmed'), null);
		expect(reviewed.cards.flatMap(statementIdsOf)).toEqual([fx.statements.oversight]);
	});

	it('counts each facet under the other filters, never counting rejected statements', async () => {
		const all = await getPledgeFacets(handle.db, filters(''));
		// Sentences, as the page lists them: the oversight-and-budget sentence is one pledge here.
		expect(all.kind).toEqual([
			{ value: 'pledge', count: 5 },
			{ value: 'request', count: 1 }
		]);
		expect(all.year).toEqual([
			{ value: '2025', count: 4 },
			{ value: '2024', count: 1 }
		]);
		expect(all.province).toEqual([
			{ value: '62', count: 5 },
			{ value: '82', count: 1 }
		]);
		const budget2025 = await getPledgeFacets(handle.db, filters('category=budget&year=2025'));
		// The category facet ignores category=budget but keeps year=2025.
		expect(budget2025.category).toEqual([
			{ value: 'budget', count: 2 },
			{ value: 'program', count: 2 },
			{ value: 'oversight', count: 1 }
		]);
		expect(budget2025.year).toEqual([{ value: '2025', count: 2 }]);
		expect(budget2025.review).toEqual([{ value: 'auto', count: 2 }]);
	});

	it('pages with a keyset cursor in both directions without gaps or repeats', async () => {
		for (const sort of ['newest', 'oldest']) {
			const seen: number[] = [];
			let cursor: string | null = null;
			let pages = 0;
			do {
				const page = await searchPledges(handle.db, filters(`sort=${sort}`), cursor, 2);
				seen.push(...page.cards.flatMap(statementIdsOf));
				cursor = page.next;
				pages += 1;
			} while (cursor && pages < 10);
			// Six sentences (seven statements: one sentence carries two categories), two per page.
			expect(pages).toBe(3);
			expect(new Set(seen).size).toBe(7);
			expect(seen).not.toContain(fx.statements.rejected);
			// Undated statements come last either way.
			expect(seen[seen.length - 1]).toBe(fx.statements.undated);
		}
	});

	it('ignores a forged cursor instead of failing', async () => {
		const page = await searchPledges(handle.db, filters(''), "2025-01-01_1' or 1=1", 3);
		expect(page.cards).toHaveLength(3);
	});

	it('shows a rejection by an editor in the counts at once, cached or not', async () => {
		const before = await getPledgeFacets(handle.db, filters(''));
		expect(before.kind).toContainEqual({ value: 'pledge', count: 5 });
		await handle.db.updateTable('statements').set({ review_status: 'rejected' }).where('id', '=', fx.statements.malut).execute();
		const after = await getPledgeFacets(handle.db, filters(''));
		expect(after.kind).toContainEqual({ value: 'pledge', count: 4 });
		const page = await searchPledges(handle.db, filters(''), null);
		expect([page.statements, page.total]).toEqual([5, 6]);
	});
});
