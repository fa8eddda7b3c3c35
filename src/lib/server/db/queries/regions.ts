// Regions: the gazetteer mirrored into the database so institutions can reference region codes.
import type { Region } from '$lib/domain/region';
import type { Db } from '../connect';

/** Inserts or refreshes every region; provinces first so regencies can reference them. */
export async function upsertRegions(db: Db, regions: readonly Region[]): Promise<void> {
	const ordered = [...regions].sort((a, b) => (a.level === 'province' ? 0 : 1) - (b.level === 'province' ? 0 : 1));
	for (let i = 0; i < ordered.length; i += 200) {
		const rows = ordered.slice(i, i + 200).map((r) => ({
			code: r.code,
			name: r.name,
			level: r.level,
			province_code: r.provinceCode,
			aliases: r.aliases
		}));
		await db
			.insertInto('regions')
			.values(rows)
			.onConflict((oc) =>
				oc.column('code').doUpdateSet((eb) => ({
					name: eb.ref('excluded.name'),
					level: eb.ref('excluded.level'),
					province_code: eb.ref('excluded.province_code'),
					aliases: eb.ref('excluded.aliases')
				}))
			)
			.execute();
	}
}

export async function countRegions(db: Db): Promise<{ provinces: number; regencies: number }> {
	const rows = await db
		.selectFrom('regions')
		.select(['level', (eb) => eb.fn.countAll<number>().as('n')])
		.groupBy('level')
		.execute();
	const n = (level: string) => rows.find((r) => r.level === level)?.n ?? 0;
	return { provinces: n('province'), regencies: n('regency') + n('city') };
}

export async function findRegionByCode(db: Db, code: string) {
	return db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
}
