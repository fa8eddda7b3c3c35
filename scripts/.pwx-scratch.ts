import { openDatabase } from '/work/main/src/lib/server/db/connect';
import { prepareDatabase } from '/work/main/src/lib/server/db/prepare';
import { findPledgesAfter } from '/work/main/src/lib/server/db/queries/export-pledges';
import { emptyPledgeFilters } from '/work/main/src/lib/filters/pledge-filters';
import { pledgesDataset } from '/work/main/src/lib/server/export/dataset-pledges';
import { csvRows } from '/work/main/src/lib/server/export/csv';
import { sql } from 'kysely';
const h = await openDatabase({ role: 'tool', config: { engine: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/pwx_scratch' } });
await prepareDatabase(h.db);
const f = emptyPledgeFilters();
const n = (await sql<{ n: number }>`select count(*)::int as n from statements`.execute(h.db)).rows[0].n;
if (n === 0) {
  const { fillStatements: benchFill } = await import('/work/main/scripts/bench-export.ts');
  await benchFill(h.db, 200000);
}
const q = h.db.selectFrom('statements').select('id'); void q;
const ex = await sql`explain analyze select 1`.execute(h.db); void ex;
let after: number | null = null; let t = performance.now(); let rows = 0; let enc = 0; let chunkSize = Number(process.env.CHUNK ?? 2000);
for (;;) {
  const r = await findPledgesAfter(h.db, f, after, chunkSize);
  if (!r.length) break;
  rows += r.length; after = r[r.length - 1].id;
  const t1 = performance.now();
  if (process.env.ENC) csvRows(r.map((row) => pledgesDataset.columns.map((c) => c.value(row, { origin: 'x' }))));
  enc += performance.now() - t1;
}
console.log('rows', rows, 'total s', ((performance.now() - t) / 1000).toFixed(2), 'encode s', (enc / 1000).toFixed(2));
await h.close();
