// The pledges CSV as PostgreSQL writes it with COPY (see ../copy-csv.ts): the same rows as
// findPledgesAfter() under the same filters, and the same cells as the pledges dataset's columns
// (tests/db/export-endpoints.test.ts parses both paths back and compares them, on PostgreSQL).
import { sql } from 'kysely';
import type { PledgeFilters } from '$lib/filters/pledge-filters';
import type { Db } from '../connect';
import type { CsvCopyPlan, WithExportIds } from '../copy-csv';
import { cellsInOrder, csvBoolean, csvPermalink, csvSafeText, ref, type CsvCells } from './csv-cells';
import { overdueSql } from './overdue';
import { filteredStatements } from './pledge-where';
import { provinceCodeSql } from './province';

/** One SQL cell per column name of the pledges dataset. */
const CELLS: CsvCells = {
	id: () => ref('s.id'),
	permalink: () => csvPermalink('/pledges/', ref('s.id')),
	kind: () => ref('s.kind'),
	category: () => ref('s.category'),
	strength: () => ref('s.strength'),
	status: () => ref('s.status'),
	review_status: () => ref('s.review_status'),
	confidence: () => ref('s.confidence'),
	stated_on: () => ref('s.stated_on'),
	actor_slug: () => csvSafeText(ref('i.slug')),
	actor_name: () => csvSafeText(ref('i.name')),
	actor_kind: () => ref('i.kind'),
	actor_level: () => ref('i.level'),
	region_code: () => ref('i.region_code'),
	province_code: () => provinceCodeSql(),
	speaker_name: () => csvSafeText(ref('p.name')),
	speaker_role: () => csvSafeText(ref('s.speaker_role')),
	target_slug: () => csvSafeText(ref('t.slug')),
	target_name: () => csvSafeText(ref('t.name')),
	target_text: () => csvSafeText(ref('s.target_text')),
	amount: () => ref('s.amount'),
	amount_qualifier: () => ref('s.amount_qualifier'),
	currency: () => csvSafeText(ref('s.currency')),
	evidence_text: () => csvSafeText(ref('s.evidence_text')),
	evidence_start: () => ref('s.evidence_start'),
	evidence_end: () => ref('s.evidence_end'),
	article_id: () => ref('s.article_id'),
	article_title: () => csvSafeText(ref('a.title')),
	article_url: () => csvSafeText(sql`coalesce(a.canonical_url, a.url)`),
	outlet_name: () => csvSafeText(ref('o.name')),
	published_on: () => ref('a.published_on'),
	extractor_version: () => csvSafeText(ref('s.extractor_version')),
	is_demo: () => csvBoolean(ref('a.is_demo')),
	due_on: () => ref('s.due_on'),
	due_phrase: () => csvSafeText(ref('s.due_phrase')),
	overdue: () => csvBoolean(overdueSql())
};

/** The COPY plan of the pledges CSV, with cells in the order of `columns` (the dataset's names). */
export function pledgesCsvPlan(db: Db, f: PledgeFilters, columns: readonly string[]): CsvCopyPlan {
	const cells = cellsInOrder('pledges', CELLS, columns);
	const rows = db
		.withTables<WithExportIds>()
		.selectFrom('export_ids as e')
		.innerJoin('statements as s', 's.id', 'e.id')
		.innerJoin('articles as a', 'a.id', 's.article_id')
		.leftJoin('institutions as i', 'i.id', 's.actor_institution_id')
		.leftJoin('regions as g', 'g.code', 'i.region_code')
		.leftJoin('institutions as t', 't.id', 's.target_institution_id')
		.leftJoin('people as p', 'p.id', 's.speaker_person_id')
		.leftJoin('outlets as o', 'o.id', 'a.outlet_id')
		.select(cells)
		.orderBy('e.id');
	return { ids: filteredStatements(db, f).select('s.id'), rows };
}
