// The pipeline's promises: idempotent re-ingestion, syndicated copies linked without statements,
// names resolved to one registry, re-extraction keeping reviewed statements, and the API's token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstitutionRef } from '../../src/lib/domain/statement';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import { createApiToken } from '../../src/lib/server/auth/api-tokens';
import { revokeApiToken } from '../../src/lib/server/db/queries/api-tokens';
import { handleArticlesPost } from '../../src/lib/server/ingest/api';
import { defaultExtractor } from '../../src/lib/server/ingest/default-extractor';
import type { ArticleExtractor } from '../../src/lib/server/ingest/extractor';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import { reextractArticles } from '../../src/lib/server/ingest/reextract';
import type { SourceEvent } from '../../src/lib/server/ingest/types';
import { loadGazetteer, type Gazetteer } from '../../src/lib/server/resolve/gazetteer';
import { InstitutionResolver } from '../../src/lib/server/resolve/institutions';
import { engines } from './engines';

const FILLER = 'Pertemuan berlangsung di ruang rapat utama dan dihadiri sejumlah kepala bidang serta perwakilan organisasi masyarakat sipil dari berbagai kecamatan yang jauh dari ibu kota provinsi.';
const PLEDGE = (outlet: string) =>
	`PALANGKA RAYA, ${outlet} – Ketua DPRD Provinsi Kalteng, Rudi Lestiono, menyatakan siap mendukung program pembinaan warga binaan melalui fungsi pengawasan dan anggaran, Senin (3/2/2025).\n${FILLER}\n“Kami berkomitmen mengalokasikan anggaran sebesar Rp 12,5 miliar pada APBD 2026 untuk program ini,” ujar Lestiono.\n${FILLER.replace('utama', 'kecil')}`;

const events = (items: { text: string; url?: string; title?: string }[]): SourceEvent[] =>
	items.map((item, i) => ({ item: { origin: `test:${i + 1}`, published: '2025-02-03', ...item } }));

describe.each(engines)('ingestion pipeline on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	let gazetteer: Gazetteer;
	let extractor: ArticleExtractor;
	const count = async (table: 'articles' | 'statements' | 'institutions' | 'people' | 'mentions' | 'roles') =>
		Number((await handle.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

	beforeAll(async () => {
		({ handle, drop } = await engine.open());
		gazetteer = await loadGazetteer();
		extractor = defaultExtractor(gazetteer);
	});
	afterAll(() => drop());

	it('stores an article whole, links its syndicated copy without statements, and changes nothing on re-ingest', async () => {
		const input = [
			{ text: PLEDGE('Kabar Kalteng'), url: 'https://kabarkalteng.example/a/1?utm_source=x', title: 'Asli' },
			{ text: PLEDGE('Nusantara Wire'), url: 'https://nusantarawire.example/b/9', title: 'Salinan' }
		];
		const first = await ingest(handle.db, events(input), { trigger: 'cli', sources: ['t'], extractor, gazetteer });
		expect(first).toMatchObject({ read: 2, new: 1, nearDuplicate: 1, failed: 0 });
		expect(first.statementsAdded).toBeGreaterThanOrEqual(2);
		const [original, copy] = await handle.db.selectFrom('articles').select(['id', 'duplicate_of', 'canonical_url']).orderBy('id').execute();
		expect(original.canonical_url).toBe('https://kabarkalteng.example/a/1');
		expect(copy.duplicate_of).toBe(original.id);
		const copyStatements = await handle.db.selectFrom('statements').select('id').where('article_id', '=', copy.id).execute();
		expect(copyStatements).toHaveLength(0);
		const counts = await Promise.all((['articles', 'statements', 'institutions', 'people', 'mentions', 'roles'] as const).map(count));
		const rollup = await handle.db.selectFrom('statement_rollup').selectAll().orderBy('institution_id').orderBy('category').execute();

		const again = await ingest(handle.db, events(input), { trigger: 'cli', sources: ['t'], extractor, gazetteer });
		expect(again).toMatchObject({ read: 2, new: 0, duplicate: 2, statementsAdded: 0 });
		expect(await Promise.all((['articles', 'statements', 'institutions', 'people', 'mentions', 'roles'] as const).map(count))).toEqual(counts);
		expect(await handle.db.selectFrom('statement_rollup').selectAll().orderBy('institution_id').orderBy('category').execute()).toEqual(rollup);
	});

	it('resolves names to one registry record: aliases, variants, parents and people by institution', async () => {
		const resolver = new InstitutionResolver(handle.db, { gazetteer, isDemo: false });
		const dprd = { name: 'DPRD Provinsi Kalimantan Tengah', kind: 'legislature' as const, level: 'province' as const, regionCode: '62', unit: null };
		await resolver.resolveAll([dprd, { ...dprd, name: 'DPRD Kalimantan Tengah' }, { name: 'DPRD Kota Palangka Raya', kind: 'legislature', level: 'city', regionCode: '62.71', unit: null }]);
		const stored = await handle.db.selectFrom('institutions').select(['id', 'name']).where('name', '=', 'DPRD Provinsi Kalimantan Tengah').execute();
		expect(stored).toHaveLength(1);
		expect(resolver.idOf({ ...dprd, name: 'DPRD Kalimantan Tengah' })).toBe(stored[0].id);
		expect(resolver.idOf({ name: 'DPRD Kota Palangka Raya', kind: 'legislature', level: 'city', regionCode: '62.71', unit: null })).not.toBe(stored[0].id);
		// As extraction gives it: the parent comes from `parts`, not from the name.
		const polres: InstitutionRef = {
			name: 'Kepolisian Resor Kotawaringin Timur',
			kind: 'agency',
			level: 'regency',
			regionCode: '62.02',
			unit: null,
			parts: { family: 'polres', base: 'Kepolisian Resor', parent: { via: 'province-police' } }
		};
		await resolver.resolveAll([polres, { name: 'DPRD', kind: 'legislature', level: null, regionCode: null, unit: null }]);
		const chain = await handle.db
			.selectFrom('institutions as r')
			.innerJoin('institutions as d', 'd.id', 'r.parent_id')
			.innerJoin('institutions as n', 'n.id', 'd.parent_id')
			.select(['d.name as polda', 'n.name as polri'])
			.where('r.name', '=', polres.name)
			.executeTakeFirstOrThrow();
		expect(chain).toEqual({ polda: 'Kepolisian Daerah Kalimantan Tengah', polri: 'Kepolisian Negara Republik Indonesia' });
		expect(await handle.db.selectFrom('institutions').select('id').where('name', '=', 'DPRD').execute()).toHaveLength(0);
		const roles = await handle.db.selectFrom('roles').innerJoin('people', 'people.id', 'roles.person_id').select(['people.name', 'roles.title', 'roles.first_seen', 'roles.last_seen']).execute();
		expect(roles).toContainEqual({ name: 'Rudi Lestiono', title: 'Ketua DPRD Provinsi Kalimantan Tengah', first_seen: '2025-02-03', last_seen: '2025-02-03' });
	});

	it('re-extraction replaces machine statements and keeps reviewed ones', async () => {
		const [reviewed] = await handle.db.selectFrom('statements').select(['id']).orderBy('id').limit(1).execute();
		await handle.db.updateTable('statements').set({ review_status: 'confirmed' }).where('id', '=', reviewed.id).execute();
		const before = await count('statements');
		const summary = await reextractArticles(handle.db, { extractor, gazetteer });
		expect(summary.failed).toBe(0);
		expect(await count('statements')).toBe(before);
		const kept = await handle.db.selectFrom('statements').select(['id', 'review_status']).where('id', '=', reviewed.id).executeTakeFirst();
		expect(kept?.review_status).toBe('confirmed');
		const empty: ArticleExtractor = (input) => ({ ...extractor(input), statements: [], mentions: [] });
		await reextractArticles(handle.db, { extractor: empty, gazetteer });
		const left = await handle.db.selectFrom('statements').select(['id', 'review_status']).execute();
		expect(left).toEqual([{ id: reviewed.id, review_status: 'confirmed' }]);
	});

	it('POST /api/articles: 401 without a valid ingest token, 200 with one, 413 over the size limit', async () => {
		const body = JSON.stringify({ text: PLEDGE('Suara Baru').replace('Rudi Lestiono', 'Maria Tanjung'), url: 'https://suarabaru.example/x' });
		const post = (headers: Record<string, string>, payload = body) => new Request('http://localhost/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });
		const { token, id } = await createApiToken(handle.db, 'newsroom-robot', ['ingest'], null);
		const bearer = { authorization: `Bearer ${token}` };
		expect((await handleArticlesPost(handle.db, post({}), extractor)).status).toBe(401);
		expect((await handleArticlesPost(handle.db, post({ authorization: 'Bearer pwt_not-a-real-token' }), extractor)).status).toBe(401);
		const ok = await handleArticlesPost(handle.db, post(bearer), extractor);
		expect(ok.status).toBe(200);
		expect(await ok.json()).toMatchObject({ read: 1, failed: 0 });
		const ndjson = `${JSON.stringify({ text: 'x' })}\n{oops\n`;
		const mixed = await handleArticlesPost(handle.db, post({ ...bearer, 'content-type': 'application/x-ndjson' }, ndjson), extractor);
		expect(mixed.status).toBe(422);
		expect((await mixed.json()).errors.map((e: { item: string }) => e.item)).toEqual(['line 1', 'line 2']);
		const huge = await handleArticlesPost(handle.db, post(bearer, 'x'.repeat(10_000_001)), extractor);
		expect(huge.status).toBe(413);
		expect((await handleArticlesPost(handle.db, post(bearer, ''), extractor)).status).toBe(400);
		await revokeApiToken(handle.db, id);
		expect((await handleArticlesPost(handle.db, post(bearer), extractor)).status).toBe(401);
	});
});
