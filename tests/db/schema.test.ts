import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import { engines } from './engines';

describe.each(engines)('schema on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		({ handle, drop } = await engine.open());
	});
	afterAll(async () => drop?.());

	async function insertArticle(body: string, extra: Record<string, unknown> = {}) {
		return handle.db
			.insertInto('articles')
			.values({ body, language: 'id', content_hash: `hash:${body}`, published_on: '2025-04-16', ...extra })
			.returning('id')
			.executeTakeFirstOrThrow();
	}

	async function insertInstitution(slug: string) {
		return handle.db
			.insertInto('institutions')
			.values({ slug, name: `DPRD ${slug}`, kind: 'legislature', level: 'province', region_code: '62' })
			.returning('id')
			.executeTakeFirstOrThrow();
	}

	it('loads every province and regency from the gazetteer', async () => {
		const rows = await handle.db
			.selectFrom('regions')
			.select(['level', (eb) => eb.fn.countAll<number>().as('n')])
			.groupBy('level')
			.orderBy('level')
			.execute();
		expect(rows).toEqual([
			{ level: 'city', n: 98 },
			{ level: 'province', n: 38 },
			{ level: 'regency', n: 416 }
		]);
		const kotim = await handle.db.selectFrom('regions').selectAll().where('code', '=', '62.02').executeTakeFirstOrThrow();
		expect(kotim).toMatchObject({ name: 'Kabupaten Kotawaringin Timur', province_code: '62', aliases: ['Kotim'] });
	});

	it('returns the same JavaScript types on both engines: counts and amounts as numbers, dates as text', async () => {
		const row = await sql<{ n: unknown; amount: unknown; day: unknown; at: unknown }>`
			select count(*) as n, 1400000000000::numeric(20,0) as amount, date '2025-04-16' as day, now() as at`.execute(handle.db);
		const [r] = row.rows;
		expect(r.n).toBe(1);
		expect(r.amount).toBe(1_400_000_000_000);
		expect(r.day).toBe('2025-04-16');
		expect(r.at).toBeInstanceOf(Date);
	});

	it('finds Indonesian and English words by their stems', async () => {
		await insertArticle('Dewan berjanji memperkuat pembinaan warga binaan di lembaga pemasyarakatan.');
		await sql`insert into articles (body, language, content_hash) values ('The council pledged new funding for prisons.', 'en', 'h-en')`.execute(handle.db);
		const id = await handle.db
			.selectFrom('articles')
			.select('id')
			.where(sql<boolean>`search_id @@ plainto_tsquery('indonesian', 'membina')`)
			.execute();
		const en = await handle.db
			.selectFrom('articles')
			.select('id')
			.where(sql<boolean>`search_en @@ plainto_tsquery('english', 'pledges funded')`)
			.execute();
		expect(id).toHaveLength(1);
		expect(en).toHaveLength(1);
	});

	it('refuses a second copy of the same content and values outside the vocabularies', async () => {
		await insertArticle('Teks yang sama persis.');
		await expect(insertArticle('Teks yang sama persis.')).rejects.toThrow(/unique|duplicate/i);
		await expect(
			handle.db.insertInto('institutions').values({ slug: 'x', name: 'X', kind: 'ministry' as never }).execute()
		).rejects.toThrow(/check constraint/i);
	});

	it('keeps the monthly rollup current on insert, rejection and delete', async () => {
		const article = await insertArticle('Artikel rollup.');
		const inst = await insertInstitution('rollup-test');
		const base = {
			article_id: article.id,
			actor_institution_id: inst.id,
			kind: 'pledge' as const,
			evidence_text: 'siap mendukung',
			strength: 'firm' as const,
			confidence: 0.9,
			extractor_version: 'test',
			stated_on: '2025-04-16'
		};
		const [a] = await handle.db
			.insertInto('statements')
			.values([
				{ ...base, category: 'budget', evidence_start: 0, evidence_end: 5 },
				{ ...base, category: 'budget', evidence_start: 10, evidence_end: 15 },
				{ ...base, category: 'oversight', evidence_start: 0, evidence_end: 5 }
			])
			.returning('id')
			.execute();
		const rollup = () =>
			handle.db
				.selectFrom('statement_rollup')
				.select(['month', 'category', 'kind', 'count'])
				.where('institution_id', '=', inst.id)
				.orderBy('category')
				.execute();
		expect(await rollup()).toEqual([
			{ month: '2025-04-01', category: 'budget', kind: 'pledge', count: 2 },
			{ month: '2025-04-01', category: 'oversight', kind: 'pledge', count: 1 }
		]);
		await handle.db.updateTable('statements').set({ review_status: 'rejected' }).where('id', '=', a.id).execute();
		expect((await rollup())[0].count).toBe(1);
		await handle.db.deleteFrom('statements').where('article_id', '=', article.id).execute();
		expect((await rollup()).map((r) => r.count)).toEqual([0, 0]);
	});

	it('keeps the audit log append-only', async () => {
		const { id } = await handle.db
			.insertInto('audit_log')
			.values({ action: 'test', entity: 'institution', entity_id: '1' })
			.returning('id')
			.executeTakeFirstOrThrow();
		await expect(handle.db.deleteFrom('audit_log').where('id', '=', id).execute()).rejects.toThrow(/append-only/);
		await expect(handle.db.updateTable('audit_log').set({ action: 'x' }).where('id', '=', id).execute()).rejects.toThrow(/append-only/);
	});
});
