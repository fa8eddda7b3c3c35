import { openDatabase } from '/work/main/src/lib/server/db/connect';
import { exportPledges } from '/work/main/src/lib/server/export/handlers';
const h = await openDatabase({ role: 'tool', config: { engine: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/pwx_scratch' } });
const target = new URL('https://pledgewatch.test/pledges.csv');
const t = performance.now();
const res = await exportPledges(h.db, { request: new Request(target), url: target, format: 'csv', now: new Date() });
let bytes = 0; for await (const c of res.body!) bytes += c.byteLength;
console.log('export s', ((performance.now() - t) / 1000).toFixed(2), bytes);
await h.close();
