// The demo corpus through the real pipeline: enough articles, institutions of every kind and
// level, pledges found, copies linked without statements, idempotent, and removable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import { loadDemo, loadDemoIfEmpty, removeDemoData } from '../../src/lib/server/demo/load';
import { engines } from './engines';

describe.each(engines)('demo corpus on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ handle, drop } = await engine.open());
	});
	afterAll(() => drop());

	it('loads at first start only, through the pipeline, with pledges, amounts and linked copies', async () => {
		const started = performance.now();
		const summary = await loadDemoIfEmpty(handle.db);
		expect(summary).not.toBeNull();
		expect(performance.now() - started).toBeLessThan(15_000);
		expect(summary!.failed).toBe(0);
		expect(summary!.new).toBeGreaterThanOrEqual(150);
		expect(summary!.nearDuplicate).toBeGreaterThanOrEqual(10);
		const db = handle.db;
		const months = await db.selectFrom('articles').select(sql<number>`count(distinct date_trunc('month', published_on))`.as('n')).executeTakeFirstOrThrow();
		expect(Number(months.n)).toBeGreaterThanOrEqual(24);
		const kinds = await db.selectFrom('institutions').select(['kind', 'level']).distinct().execute();
		for (const kind of ['legislature', 'agency', 'executive', 'judiciary']) expect(kinds.some((k) => k.kind === kind)).toBe(true);
		for (const level of ['province', 'regency', 'city', 'national']) expect(kinds.some((k) => k.level === level)).toBe(true);
		const institutions = await db.selectFrom('institutions').select((eb) => eb.fn.countAll<number>().as('n')).where('is_demo', '=', true).executeTakeFirstOrThrow();
		expect(Number(institutions.n)).toBeGreaterThanOrEqual(20);
		const pledges = await db.selectFrom('statements').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'pledge').where('amount', 'is not', null).executeTakeFirstOrThrow();
		expect(Number(pledges.n)).toBeGreaterThan(20);
		const copyStatements = await db
			.selectFrom('statements')
			.innerJoin('articles', 'articles.id', 'statements.article_id')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('articles.duplicate_of', 'is not', null)
			.executeTakeFirstOrThrow();
		expect(Number(copyStatements.n)).toBe(0);
		const kanwil = await db.selectFrom('institutions as k').innerJoin('institutions as p', 'p.id', 'k.parent_id').select(['p.name']).where('k.name', 'like', 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan%').executeTakeFirst();
		expect(kanwil?.name).toBe('Direktorat Jenderal Pemasyarakatan');
		expect(await loadDemoIfEmpty(db)).toBeNull();
	});

	it('changes nothing when loaded again', async () => {
		const before = await handle.db.selectFrom('statements').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		const again = await loadDemo(handle.db);
		expect(again.new).toBe(0);
		expect(again.statementsAdded).toBe(0);
		const after = await handle.db.selectFrom('statements').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		expect(after.n).toBe(before.n);
	});

	it('is removed completely by removeDemoData', async () => {
		await removeDemoData(handle.db);
		for (const table of ['articles', 'statements', 'institutions', 'people', 'statement_rollup'] as const) {
			const row = await handle.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
			expect(Number(row.n), table).toBe(0);
		}
	});
});
