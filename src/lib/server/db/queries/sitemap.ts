// Read side of the sitemap: which institution and statement pages exist, in fixed id ranges so each
// child sitemap is one index range scan however large the tables grow (sitemap/index.ts).
import type { Db } from '../connect';
import { publicStatements } from './public-statements';

export type SitemapTable = 'institutions' | 'pledges';

/** The highest id of a table (0 when empty): how many id ranges the sitemap index lists. */
export async function findSitemapExtent(db: Db, table: SitemapTable): Promise<number> {
	const row =
		table === 'institutions'
			? await db.selectFrom('institutions').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst()
			: await db.selectFrom('statements').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
	return Number(row?.max ?? 0);
}

/** Slugs of live (not merged) institutions with first < id ≤ last, by id. */
export async function listInstitutionSlugsInRange(db: Db, first: number, last: number): Promise<string[]> {
	const rows = await db
		.selectFrom('institutions')
		.select('slug')
		.where('id', '>', first)
		.where('id', '<=', last)
		.where('merged_into_id', 'is', null)
		.orderBy('id')
		.execute();
	return rows.map((r) => r.slug);
}

/** Ids of publicly visible statements with first < id ≤ last, by id. */
export async function listStatementIdsInRange(db: Db, first: number, last: number): Promise<number[]> {
	const rows = await publicStatements(db).select('s.id').where('s.id', '>', first).where('s.id', '<=', last).orderBy('s.id').execute();
	return rows.map((r) => Number(r.id));
}
