import { openDatabase } from '/work/main/src/lib/server/db/connect';
import { exportableStatements } from '/work/main/src/lib/server/db/queries/export-pledge-where';
import { emptyPledgeFilters } from '/work/main/src/lib/filters/pledge-filters';
import { sql } from 'kysely';
const h = await openDatabase({ role: 'tool', config: { engine: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/pwx_scratch' } });
const q = exportableStatements(h.db, emptyPledgeFilters()).leftJoin('institutions as t', 't.id', 's.target_institution_id').leftJoin('people as p', 'p.id', 's.speaker_person_id').leftJoin('outlets as o', 'o.id', 'a.outlet_id').selectAll('s').where('s.id', '>', 100000).orderBy('s.id').limit(2000).compile();
const r = await h.db.executeQuery({ ...q, sql: 'explain analyze ' + q.sql });
for (const row of r.rows as Record<string, string>[]) console.log(Object.values(row)[0]);
await h.close();
