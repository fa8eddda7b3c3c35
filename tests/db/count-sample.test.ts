// Broad searches over a large archive are counted on a sample (count-sample.ts), on both engines:
// the decision reads the planner's estimate, a sampled count lands near the exact one and says it
// is an estimate, a narrow search stays exact, and the listed page is the same either way.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { parsePledgeFilters } from '../../src/lib/filters/pledge-filters';
import { countSampleFor } from '../../src/lib/server/db/queries/count-sample';
import { getSelectionAmounts, getSelectionTimeline } from '../../src/lib/server/db/queries/pledge-selection';
import { getPledgeFacets, searchPledges } from '../../src/lib/server/db/queries/pledges';
import { countOverduePledges } from '../../src/lib/server/db/queries/pledges-overdue';
import { engines } from './engines';

const ARTICLES = 3000;
// Far below the default, so that this small archive counts as large.
const SAMPLE_ABOVE = 400;
const filters = (query: string) => parsePledgeFilters(new URLSearchParams(query));

describe.each(engines)('counts of broad searches on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		const dprd = (await db.insertInto('institutions').values({ slug: 'dprd-contoh', name: 'DPRD Kabupaten Contoh', kind: 'legislature', level: 'regency', region_code: '62' }).returning('id').executeTakeFirstOrThrow()).id;
		for (let from = 0; from < ARTICLES; from += 500) {
			const batch = Array.from({ length: 500 }, (_, k) => from + k);
			const articles = await db
				.insertInto('articles')
				.values(
					batch.map((i) => ({
						// Every article has the common word; one in a thousand also has a rare one.
						body: `Dewan akan mengawasi proyek jembatan desa nomor ${i}${i % 1000 === 7 ? ' dan menertibkan lapak' : ''}.`,
						title: `Kabar ${i}`,
						language: 'id',
						published_on: `2025-0${1 + (i % 6)}-10`,
						content_hash: `sample:${i}`
					}))
				)
				.returning('id')
				.execute();
			await db
				.insertInto('statements')
				.values(
					articles.map((a, k) => {
						const i = batch[k];
						const evidence = 'Dewan akan mengawasi proyek jembatan desa';
						return {
							article_id: a.id,
							kind: 'pledge' as const,
							actor_institution_id: dprd,
							category: i % 3 === 0 ? ('budget' as const) : ('oversight' as const),
							evidence_text: evidence,
							evidence_start: 0,
							evidence_end: evidence.length,
							stated_on: `2025-0${1 + (i % 6)}-10`,
							amount: i % 3 === 0 ? 1_000_000_000 : null,
							strength: 'firm' as const,
							confidence: 0.7,
							extractor_version: 'fixture-1'
						};
					})
				)
				.execute();
		}
		// A live database has statistics; the decision reads the planner's estimate.
		await sql`analyze`.execute(db);
	}, 120_000);
	afterAll(() => drop());

	it('counts exactly while the archive is small for the default threshold', async () => {
		expect(await countSampleFor(db, filters('q=mengawasi'))).toBeNull();
		const page = await searchPledges(db, filters('q=mengawasi'), null, 10);
		expect(page).toMatchObject({ statements: ARTICLES, total: ARTICLES, estimated: false });
	});

	it('counts a common word on a sample, near the exact figures, and says so', async () => {
		const f = filters('q=mengawasi');
		const sample = await countSampleFor(db, f, SAMPLE_ABOVE);
		expect(sample).not.toBeNull();
		expect(sample!.percent).toBeGreaterThan(0);
		expect(sample!.percent).toBeLessThan(100);
		const near = (estimate: number, exact: number) => expect(Math.abs(estimate - exact) / exact, `${estimate} vs ${exact}`).toBeLessThan(0.4);

		const [sampled, exact] = await Promise.all([searchPledges(db, f, null, 10, sample), searchPledges(db, f, null, 10)]);
		expect(sampled.estimated).toBe(true);
		near(sampled.statements, exact.statements);
		// The list itself is read exactly: the same first page.
		expect(sampled.cards.map((c) => c.id)).toEqual(exact.cards.map((c) => c.id));

		const facets = await getPledgeFacets(db, f, sample);
		const exactFacets = await getPledgeFacets(db, f);
		for (const category of ['budget', 'oversight']) {
			near(facets.category.find((v) => v.value === category)!.count, exactFacets.category.find((v) => v.value === category)!.count);
		}
		const amounts = await getSelectionAmounts(db, f, sample);
		near(amounts.total, 1_000_000_000 * (ARTICLES / 3));
		const timeline = await getSelectionTimeline(db, f, sample);
		near(
			timeline.reduce((n, r) => n + r.count, 0),
			ARTICLES
		);
		expect(await countOverduePledges(db, f, sample)).toBe(0);
	});

	it('counts a rare word exactly even with a low threshold', async () => {
		const f = filters('q=menertibkan');
		expect(await countSampleFor(db, f, SAMPLE_ABOVE)).toBeNull();
		expect(await searchPledges(db, f, null, 10)).toMatchObject({ statements: ARTICLES / 1000, estimated: false });
	});
});
