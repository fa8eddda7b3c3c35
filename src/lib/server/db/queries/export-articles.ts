// Read side of the article exports: article metadata (never the body: the text belongs to its
// outlet) with the number of public statements each carries. Syndicated copies are listed with
// `duplicate_of` set and always 0 statements, so nothing is counted twice.
import { sql } from 'kysely';
import type { Language } from '$lib/domain/vocabulary';
import { articleFiltersToParams, type ArticleFilters } from '$lib/filters/article-filters';
import { monthAfter, monthStart } from '$lib/filters/url-params';
import type { Db } from '../connect';
import { cachedRead } from './read-cache';

export interface ArticleExportRow {
	id: number;
	title: string | null;
	url: string | null;
	outletName: string | null;
	outletDomain: string | null;
	language: Language;
	publishedOn: string | null;
	duplicateOf: number | null;
	statements: number;
	isDemo: boolean;
}

/** Articles (copies included) matching the article filters, with `o` their outlet. */
export function filteredArticles(db: Db, f: ArticleFilters) {
	let q = db.selectFrom('articles as a').leftJoin('outlets as o', 'o.id', 'a.outlet_id');
	if (f.q) {
		q = q.where((eb) =>
			eb.or([
				sql<boolean>`a.search_id @@ plainto_tsquery('indonesian'::regconfig, ${f.q})`,
				sql<boolean>`a.search_en @@ plainto_tsquery('english'::regconfig, ${f.q})`
			])
		);
	}
	if (f.language.length) q = q.where('a.language', 'in', f.language);
	if (f.outlet) q = q.where('o.domain', '=', f.outlet);
	if (f.year.length) {
		q = q.where((eb) =>
			eb.or(f.year.map((y) => eb.and([eb('a.published_on', '>=', `${y}-01-01`), eb('a.published_on', '<', `${y + 1}-01-01`)])))
		);
	}
	if (f.from) q = q.where('a.published_on', '>=', monthStart(f.from));
	if (f.to) q = q.where('a.published_on', '<', monthAfter(f.to));
	return q;
}

export async function findArticlesAfter(db: Db, f: ArticleFilters, after: number | null, limit: number): Promise<ArticleExportRow[]> {
	let q = filteredArticles(db, f).select([
		'a.id',
		'a.title',
		'a.url',
		'a.canonical_url',
		'o.name as outlet_name',
		'o.domain as outlet_domain',
		'a.language',
		'a.published_on',
		'a.duplicate_of',
		'a.is_demo'
	]);
	if (after !== null) q = q.where('a.id', '>', after);
	const rows = await q.orderBy('a.id').limit(limit).execute();
	const ids = rows.filter((r) => r.duplicate_of === null).map((r) => r.id);
	const counts = new Map<number, number>();
	if (ids.length) {
		const found = await db
			.selectFrom('statements')
			.select(['article_id', (eb) => eb.fn.countAll<number>().as('n')])
			.where('article_id', 'in', ids)
			.where('review_status', '<>', 'rejected')
			.groupBy('article_id')
			.execute();
		for (const c of found) counts.set(c.article_id, Number(c.n));
	}
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		url: r.canonical_url ?? r.url,
		outletName: r.outlet_name,
		outletDomain: r.outlet_domain,
		language: r.language,
		publishedOn: r.published_on,
		duplicateOf: r.duplicate_of,
		statements: counts.get(r.id) ?? 0,
		isDemo: r.is_demo
	}));
}

export async function countArticles(db: Db, f: ArticleFilters): Promise<number> {
	const row = await cachedRead(db, `export-articles?${articleFiltersToParams(f)}`, () =>
		filteredArticles(db, f)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow()
	);
	return Number(row.n);
}
