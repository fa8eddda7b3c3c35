// The articles CSV as PostgreSQL writes it with COPY (see ../copy-csv.ts): the same rows and cells
// as findArticlesAfter() and the articles dataset, for the bulk download of a large archive.
import { sql } from 'kysely';
import type { ArticleFilters } from '$lib/filters/article-filters';
import type { Db } from '../connect';
import type { CsvCopyPlan, WithExportIds } from '../copy-csv';
import { cellsInOrder, csvBoolean, csvPermalink, csvSafeText, ref, type CsvCells } from './csv-cells';
import { filteredArticles } from './export-articles';

const CELLS: CsvCells = {
	id: () => ref('a.id'),
	permalink: () => csvPermalink('/articles/', ref('a.id')),
	title: () => csvSafeText(ref('a.title')),
	url: () => csvSafeText(sql`coalesce(a.canonical_url, a.url)`),
	outlet_name: () => csvSafeText(ref('o.name')),
	outlet_domain: () => csvSafeText(ref('o.domain')),
	language: () => ref('a.language'),
	published_on: () => ref('a.published_on'),
	duplicate_of: () => ref('a.duplicate_of'),
	// Copies carry no statements by design; count 0 for them even if one slipped through.
	statements: () => sql`case when a.duplicate_of is null then coalesce(c.n, 0) else 0 end`,
	is_demo: () => csvBoolean(ref('a.is_demo'))
};

/** The COPY plan of the articles CSV, with cells in the order of `columns` (the dataset's names). */
export function articlesCsvPlan(db: Db, f: ArticleFilters, columns: readonly string[]): CsvCopyPlan {
	const cells = cellsInOrder('articles', CELLS, columns);
	const tdb = db.withTables<WithExportIds>();
	// Public statements per exported article, counted for those articles only.
	const counts = tdb
		.selectFrom('statements as x')
		.innerJoin('export_ids as ex', 'ex.id', 'x.article_id')
		.where(sql<boolean>`x.review_status <> 'rejected'`)
		.groupBy('x.article_id')
		.select(['x.article_id', sql<number>`count(*)`.as('n')]);
	const rows = tdb
		.selectFrom('export_ids as e')
		.innerJoin('articles as a', 'a.id', 'e.id')
		.leftJoin('outlets as o', 'o.id', 'a.outlet_id')
		.leftJoin(counts.as('c'), 'c.article_id', 'a.id')
		.select(cells)
		.orderBy('e.id');
	return { ids: filteredArticles(db, f).select('a.id'), rows };
}
