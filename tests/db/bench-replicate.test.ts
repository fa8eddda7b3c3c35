// The benchmark's corpus copier (bench-replicate.ts) on both engines: copies articles with their
// statements and leaves the rollup exactly as the statements' trigger would have kept it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { replicateCorpus } from '../../src/lib/server/db/queries/bench-replicate';
import { engines } from './engines';

describe.each(engines)('benchmark corpus copies on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		const dprd = (await db.insertInto('institutions').values({ slug: 'dprd-contoh', name: 'DPRD Kabupaten Contoh', kind: 'legislature', level: 'regency', region_code: '62' }).returning('id').executeTakeFirstOrThrow()).id;
		for (let i = 0; i < 4; i++) {
			const article = (await db.insertInto('articles').values({ body: `Dewan akan mengawasi proyek ${i}.`, title: `Kabar ${i}`, language: 'id', published_on: `2025-0${1 + i}-03`, content_hash: `copy:${i}` }).returning('id').executeTakeFirstOrThrow()).id;
			const evidence = `Dewan akan mengawasi proyek ${i}.`;
			await db
				.insertInto('statements')
				.values([
					{ article_id: article, kind: 'pledge', actor_institution_id: dprd, category: 'oversight', evidence_text: evidence, evidence_start: 0, evidence_end: evidence.length, stated_on: `2025-0${1 + i}-03`, strength: 'firm', confidence: 0.7, extractor_version: 'fixture-1' },
					// Rejected statements and undated ones are not counted in the rollup.
					{ article_id: article, kind: 'pledge', actor_institution_id: dprd, category: 'budget', evidence_text: evidence, evidence_start: 0, evidence_end: evidence.length, stated_on: i === 0 ? null : `2025-0${1 + i}-03`, review_status: i === 1 ? 'rejected' : 'auto', strength: 'firm', confidence: 0.7, extractor_version: 'fixture-1' }
				])
				.execute();
		}
	});
	afterAll(() => drop());

	it('copies to the target and keeps the rollup equal to the statements it counts', async () => {
		expect(await replicateCorpus(db, 40)).toBe(40);
		expect(Number((await db.selectFrom('statements').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(80);
		const rollup = await sql<{ k: string; n: number }>`select institution_id || ':' || month || ':' || category || ':' || kind as k, count as n from statement_rollup where count > 0 order by 1`.execute(db);
		const fromStatements = await sql<{ k: string; n: number }>`select actor_institution_id || ':' || date_trunc('month', stated_on)::date || ':' || category || ':' || kind as k, count(*)::int as n
			from statements where review_status <> 'rejected' and stated_on is not null and actor_institution_id is not null group by 1 order by 1`.execute(db);
		expect(rollup.rows.map((r) => [r.k, Number(r.n)])).toEqual(fromStatements.rows.map((r) => [r.k, Number(r.n)]));
		// The trigger is back on: a new statement is counted.
		const before = rollup.rows.reduce((a, r) => a + Number(r.n), 0);
		const article = (await db.selectFrom('articles').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
		await db.insertInto('statements').values({ article_id: article, kind: 'pledge', category: 'program', actor_institution_id: (await db.selectFrom('institutions').select('id').executeTakeFirstOrThrow()).id, evidence_text: 'x', evidence_start: 0, evidence_end: 1, stated_on: '2025-01-03', strength: 'firm', confidence: 0.7, extractor_version: 'fixture-1' }).execute();
		const after = await sql<{ n: number }>`select sum(count)::int as n from statement_rollup`.execute(db);
		expect(Number(after.rows[0].n)).toBe(before + 1);
	});
});
