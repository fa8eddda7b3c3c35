// npm run worker — works the source queues (poll → fetch → ingest) against the configured database
// (DATABASE_URL; run as many as you like, on as many machines). Stops cleanly on SIGINT/SIGTERM:
// jobs in hand finish or return to the queue.
import { openDatabase } from '../src/lib/server/db/connect';
import { prepareDatabase } from '../src/lib/server/db/prepare';
import { defaultExtractor } from '../src/lib/server/ingest/default-extractor';
import { startQueue } from '../src/lib/server/jobs/queue';
import { startWorker } from '../src/lib/server/jobs/worker';
import { loadGazetteer } from '../src/lib/server/resolve/gazetteer';

const handle = await openDatabase({ role: 'tool', command: 'npm run worker' });
if (handle.engine !== 'pglite-shared') await prepareDatabase(handle.db);
if (handle.engine !== 'postgres') {
	console.error('Note: on the embedded database `npm start` already runs a worker; this one shares its queue.');
}
const boss = await startQueue(handle);
const worker = await startWorker(handle.db, boss, { extractor: defaultExtractor(await loadGazetteer()) });
console.log(`worker ${process.pid}: working the source queues on ${handle.description}`);

let stopping = false;
const stop = async () => {
	if (stopping) return;
	stopping = true;
	console.log(`worker ${process.pid}: stopping`);
	await worker.stop();
	await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
	await handle.close();
	process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
