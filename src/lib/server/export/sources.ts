// The export sources of the three datasets under their URL filters: what every route, the API and
// the bulk download hand to respondExport().
import type { PublicStatement } from '$lib/domain/public-statement';
import type { InstitutionKind } from '$lib/domain/vocabulary';
import { articleFiltersToParams, type ArticleFilters } from '$lib/filters/article-filters';
import { institutionFiltersToParams, type InstitutionFilters } from '$lib/filters/institution-filters';
import { pledgeFiltersToParams, type PledgeFilters } from '$lib/filters/pledge-filters';
import type { Db } from '../db/connect';
import { openCsvCopy } from '../db/copy-csv';
import { countArticles, findArticlesAfter, type ArticleExportRow } from '../db/queries/export-articles';
import { findDataLastModified } from '../db/queries/export-data-version';
import { countInstitutions, findInstitutionsAfter, type InstitutionExportRow } from '../db/queries/export-institutions';
import { countPledges, findPledgesAfter } from '../db/queries/export-pledges';
import { pledgesCsvPlan } from '../db/queries/export-pledges-csv';
import { articlesCsvPlan } from '../db/queries/export-articles-csv';
import { columnNames } from './columns';
import { articlesDataset } from './dataset-articles';
import { institutionsDataset } from './dataset-institutions';
import { pledgesDataset } from './dataset-pledges';
import type { ExportSource } from './respond';

/** Export order is by id, so the page's `sort` does not apply; it is left out of names and links. */
function withoutSort(params: URLSearchParams): URLSearchParams {
	params.delete('sort');
	return params;
}

export function pledgeSource(db: Db, f: PledgeFilters, subject = 'pledges'): ExportSource<PublicStatement> {
	return {
		dataset: pledgesDataset,
		fetchAfter: (after, limit) => findPledgesAfter(db, f, after, limit),
		count: () => countPledges(db, f),
		subject,
		filters: withoutSort(pledgeFiltersToParams(f)),
		lastModified: () => findDataLastModified(db),
		openCsvCopy: (ctx) => openCsvCopy(db, pledgesCsvPlan(db, f), ctx.origin)
	};
}

export function institutionSource(db: Db, kinds: readonly InstitutionKind[] | null, f: InstitutionFilters, subject: string): ExportSource<InstitutionExportRow> {
	return {
		dataset: institutionsDataset,
		fetchAfter: (after, limit) => findInstitutionsAfter(db, kinds, f, after, limit),
		count: () => countInstitutions(db, kinds, f),
		subject,
		filters: withoutSort(institutionFiltersToParams(f)),
		lastModified: () => findDataLastModified(db)
	};
}

export function articleSource(db: Db, f: ArticleFilters): ExportSource<ArticleExportRow> {
	return {
		dataset: articlesDataset,
		fetchAfter: (after, limit) => findArticlesAfter(db, f, after, limit),
		count: () => countArticles(db, f),
		subject: 'articles',
		filters: articleFiltersToParams(f),
		lastModified: () => findDataLastModified(db),
		openCsvCopy: (ctx) => openCsvCopy(db, articlesCsvPlan(db, f, columnNames(articlesDataset)), ctx.origin)
	};
}
