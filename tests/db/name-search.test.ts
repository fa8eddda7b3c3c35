// Finding by everyday names on both engines: short region names, English region names, spacing
// and accent variants, institution short forms and speakers' names, on the institution lists,
// their exports and the pledge search (one filter each, so all of them agree).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import type { Db } from '../../src/lib/server/db/connect';
import { parseInstitutionFilters, LIST_GROUPS } from '../../src/lib/filters/institution-filters';
import { parsePledgeFilters } from '../../src/lib/filters/pledge-filters';
import { listInstitutions } from '../../src/lib/server/db/queries/dashboard-institutions';
import { countInstitutions } from '../../src/lib/server/db/queries/export-institutions';
import { countPledges } from '../../src/lib/server/db/queries/export-pledges';
import { searchPledges } from '../../src/lib/server/db/queries/pledges';
import { statementIdsOf } from '../../src/lib/server/db/queries/statement-cards';
import { insertDashboardFixture, type Fixture } from './dashboard-fixture';
import { engines } from './engines';

/** More of the fictional world: institutions in other regions, each with one pledge. */
async function insertMoreInstitutions(db: Db) {
	const inst = async (slug: string, name: string, kind: 'legislature' | 'agency' | 'executive', level: 'province' | 'regency' | 'city', region: string) =>
		(await db.insertInto('institutions').values({ slug, name, kind, level, region_code: region }).returning('id').executeTakeFirstOrThrow()).id;
	const ids = {
		pemkotPalangka: await inst('pemerintah-kota-palangka-raya', 'Pemerintah Kota Palangka Raya', 'executive', 'city', '62.71'),
		dprdJateng: await inst('dprd-provinsi-jawa-tengah', 'DPRD Provinsi Jawa Tengah', 'legislature', 'province', '33'),
		dprdNtb: await inst('dprd-provinsi-nusa-tenggara-barat', 'DPRD Provinsi Nusa Tenggara Barat', 'legislature', 'province', '52'),
		dinkesNtb: await inst('dinas-kesehatan-provinsi-nusa-tenggara-barat', 'Dinas Kesehatan Provinsi Nusa Tenggara Barat', 'agency', 'province', '52'),
		pemprovJatim: await inst('pemerintah-provinsi-jawa-timur', 'Pemerintah Provinsi Jawa Timur', 'executive', 'province', '35'),
		// A name whose region only the region code tells (no region words in it).
		badanContoh: await inst('badan-contoh-daerah', 'Badan Contoh Daerah', 'agency', 'province', '33')
	};
	const body = 'Rapat kerja di gedung dewan. Pihaknya akan mendukung program air bersih tahun depan.';
	const article = await db
		.insertInto('articles')
		.values({ body, language: 'id', published_on: '2025-06-10', content_hash: 'name-search:1', title: 'Rapat kerja' })
		.returning('id')
		.executeTakeFirstOrThrow();
	const statements: Record<keyof typeof ids, number> = {} as Record<keyof typeof ids, number>;
	for (const [key, id] of Object.entries(ids) as [keyof typeof ids, number][]) {
		const evidence = 'akan mendukung program air bersih';
		const start = body.indexOf(evidence);
		statements[key] = (
			await db
				.insertInto('statements')
				.values({
					article_id: article.id,
					kind: 'pledge',
					category: 'program',
					actor_institution_id: id,
					evidence_text: evidence,
					evidence_start: start,
					evidence_end: start + evidence.length,
					stated_on: '2025-06-10',
					extractor_version: 'fixture-1',
					confidence: 0.8,
					strength: 'firm'
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	}
	return { ids, statements };
}

describe.each(engines)('finding by everyday names on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	let fx: Fixture;
	let more: Awaited<ReturnType<typeof insertMoreInstitutions>>;

	beforeAll(async () => {
		({ handle, drop } = await engine.open());
		fx = await insertDashboardFixture(handle.db);
		more = await insertMoreInstitutions(handle.db);
	});
	afterAll(async () => drop?.());

	const page = { limit: 50, offset: 0, sparkMonths: [] };
	/** Names listed on /legislatures + /agencies for `q`, and the same count from their exports. */
	async function institutionsFor(q: string): Promise<string[]> {
		const f = parseInstitutionFilters(new URLSearchParams({ q, sort: 'name' }));
		const names: string[] = [];
		for (const kinds of [LIST_GROUPS.legislatures, LIST_GROUPS.agencies]) {
			const list = await listInstitutions(handle.db, kinds, f, page);
			expect(await countInstitutions(handle.db, kinds, f)).toBe(list.total);
			names.push(...list.rows.map((r) => r.name));
		}
		return names.sort();
	}
	/** Pledge ids /pledges shows for `q`; the export counts the same. */
	async function pledgesFor(q: string): Promise<number[]> {
		const f = parsePledgeFilters(new URLSearchParams({ q }));
		const found = await searchPledges(handle.db, f, null, 100);
		expect(await countPledges(handle.db, f)).toBe(found.total);
		return found.cards.flatMap(statementIdsOf).sort((a, b) => a - b);
	}
	const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

	it('"Kalteng" finds the province\'s institutions and their pledges, not Kotim\'s', async () => {
		expect(await institutionsFor('Kalteng')).toEqual(['DPRD Provinsi Kalimantan Tengah', 'Kantor Wilayah Contoh Kalimantan Tengah']);
		const pledges = await pledgesFor('Kalteng');
		expect(pledges).toEqual(expect.arrayContaining([fx.statements.oversight, fx.statements.budget, fx.statements.request, fx.statements.program, fx.statements.undated]));
		expect(pledges).not.toContain(fx.statements.rejected);
		expect(pledges).not.toContain(more.statements.dprdJateng);
	});

	it('"DPRD Kalteng" finds the provincial DPRD only', async () => {
		expect(await institutionsFor('DPRD Kalteng')).toEqual(['DPRD Provinsi Kalimantan Tengah']);
		expect(await institutionsFor('dprd   KALTENG')).toEqual(['DPRD Provinsi Kalimantan Tengah']);
		const pledges = await pledgesFor('DPRD Kalteng');
		expect(pledges).toEqual(expect.arrayContaining([fx.statements.oversight, fx.statements.budget, fx.statements.program]));
		expect(pledges).not.toContain(fx.statements.malut);
	});

	it('"Kotim" finds DPRD Kabupaten Kotawaringin Timur and its pledge', async () => {
		expect(await institutionsFor('Kotim')).toEqual(['DPRD Kabupaten Kotawaringin Timur']);
		expect(await pledgesFor('Kotim')).toContain(fx.statements.kotim);
		expect(await institutionsFor('East Kotawaringin')).toEqual(['DPRD Kabupaten Kotawaringin Timur']);
	});

	it('"NTB" finds Nusa Tenggara Barat\'s institutions; "Dinkes NTB" the health office', async () => {
		expect(await institutionsFor('NTB')).toEqual(['DPRD Provinsi Nusa Tenggara Barat', 'Dinas Kesehatan Provinsi Nusa Tenggara Barat']);
		expect(await pledgesFor('NTB')).toEqual(sorted([more.statements.dprdNtb, more.statements.dinkesNtb]));
		expect(await institutionsFor('Dinkes NTB')).toEqual(['Dinas Kesehatan Provinsi Nusa Tenggara Barat']);
	});

	it('"Central Java" and "Jateng" find Jawa Tengah, by name and by region code', async () => {
		const jateng = ['Badan Contoh Daerah', 'DPRD Provinsi Jawa Tengah'];
		expect(await institutionsFor('Central Java')).toEqual(jateng);
		expect(await institutionsFor('Jateng')).toEqual(jateng);
		expect(await pledgesFor('Central Java')).toEqual(sorted([more.statements.dprdJateng, more.statements.badanContoh]));
	});

	it('"Pemprov Jatim" finds Pemerintah Provinsi Jawa Timur', async () => {
		expect(await institutionsFor('Pemprov Jatim')).toEqual(['Pemerintah Provinsi Jawa Timur']);
		expect(await pledgesFor('Pemprov Jatim')).toEqual([more.statements.pemprovJatim]);
	});

	it('"palangkaraya", "Palangka-Raya" and "Pemkot Palangkaraya" find Pemerintah Kota Palangka Raya', async () => {
		for (const q of ['palangkaraya', 'Palangka-Raya', 'PALANGKARAYA', 'Pemkot Palangkaraya', 'Kota Palangkaraya']) {
			expect(await institutionsFor(q), q).toEqual(['Pemerintah Kota Palangka Raya']);
		}
		const pledges = await pledgesFor('palangkaraya');
		expect(pledges).toContain(more.statements.pemkotPalangka);
		// The first fixture article's dateline says "Palangka Raya": its statements are found by their words.
		expect(pledges).toContain(fx.statements.oversight);
	});

	it('accents fold and partial words still match as before', async () => {
		expect(await institutionsFor('Kalimantán Tengah')).toEqual(['DPRD Provinsi Kalimantan Tengah', 'Kantor Wilayah Contoh Kalimantan Tengah']);
		expect(await institutionsFor('kotawaringin')).toEqual(['DPRD Kabupaten Kotawaringin Timur']);
		expect(await institutionsFor('Maluku Ut')).toEqual(['Dinas Pendidikan Maluku Utara']);
		// Nothing with letters in it: the old substring search, which finds nothing here.
		expect(await institutionsFor('%')).toEqual([]);
	});

	it('a speaker\'s name finds their pledges and the institution they spoke for', async () => {
		expect(await institutionsFor('Rudi Hartawan')).toEqual(['DPRD Provinsi Kalimantan Tengah']);
		expect(await pledgesFor('hartawan')).toEqual(expect.arrayContaining([fx.statements.oversight, fx.statements.budget]));
		// Written with accents the article's words do not have: found through the speaker.
		expect(await pledgesFor('Rudí Hartawán')).toEqual(expect.arrayContaining([fx.statements.oversight, fx.statements.budget]));
	});
});
