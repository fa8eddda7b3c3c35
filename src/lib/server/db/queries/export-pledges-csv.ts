// The pledges CSV as PostgreSQL writes it with COPY (see ../copy-csv.ts): the same rows as
// findPledgesAfter() under the same filters, and the same cells, read through the statement read
// model (tests/db/export-copy.test.ts parses both paths back and compares them, on PostgreSQL).
import { STATEMENT_FIELD_NAMES } from '$lib/domain/public-statement';
import type { PledgeFilters } from '$lib/filters/pledge-filters';
import type { Db } from '../connect';
import type { CsvCopyPlan, WithExportIds } from '../copy-csv';
import { filteredStatements } from './pledge-where';
import { statementCsvCells } from './statement-read-model';

/** The COPY plan of the pledges CSV: every field of the public statement, in field (= column) order. */
export function pledgesCsvPlan(db: Db, f: PledgeFilters): CsvCopyPlan {
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
		.select((eb) => statementCsvCells(eb, STATEMENT_FIELD_NAMES))
		.orderBy('e.id');
	return { ids: filteredStatements(db, f).select('s.id'), rows };
}
