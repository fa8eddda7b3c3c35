// Headline numbers for the overview page.
import type { Db } from '../connect';
import { cachedRead } from './read-cache';

export interface OverviewCounts {
	articles: number;
	pledges: number;
	requests: number;
	institutions: number;
	provinces: number;
	regencies: number;
	firstDay: string | null;
	lastDay: string | null;
	hasDemoData: boolean;
}

/** Cached briefly: counting articles scans the table, and the overview is the busiest page. */
export function getOverviewCounts(db: Db): Promise<OverviewCounts> {
	return cachedRead(db, 'overview-counts', () => readOverviewCounts(db));
}

async function readOverviewCounts(db: Db): Promise<OverviewCounts> {
	const [articles, statements, institutions, regions] = await Promise.all([
		db
			.selectFrom('articles')
			.select((eb) => [
				eb.fn.countAll<number>().as('n'),
				eb.fn.min('published_on').as('first'),
				eb.fn.max('published_on').as('last'),
				eb.fn.coalesce(eb.fn.max(eb.cast<number>('is_demo', 'integer')), eb.lit(0)).as('demo')
			])
			.where('duplicate_of', 'is', null)
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('statement_rollup')
			.select(['kind', (eb) => eb.fn.sum<number>('count').as('n')])
			.groupBy('kind')
			.execute(),
		db.selectFrom('institutions').select((eb) => eb.fn.countAll<number>().as('n')).where('merged_into_id', 'is', null).executeTakeFirstOrThrow(),
		db
			.selectFrom('regions')
			.select(['level', (eb) => eb.fn.countAll<number>().as('n')])
			.groupBy('level')
			.execute()
	]);
	const sumKind = (k: string) => Number(statements.find((s) => s.kind === k)?.n ?? 0);
	const regionCount = (...levels: string[]) => regions.filter((r) => levels.includes(r.level)).reduce((a, r) => a + r.n, 0);
	return {
		articles: articles.n,
		pledges: sumKind('pledge'),
		requests: sumKind('request'),
		institutions: institutions.n,
		provinces: regionCount('province'),
		regencies: regionCount('regency', 'city'),
		firstDay: articles.first,
		lastDay: articles.last,
		hasDemoData: articles.demo === 1
	};
}
