// npm run demo — loads the demo corpus through the ingestion pipeline (idempotent).
// npm run demo -- --remove — deletes every demo article, and demo-only institutions and people.
import { openDatabase } from '../src/lib/server/db/connect';
import { prepareDatabase } from '../src/lib/server/db/prepare';
import { loadDemo, removeDemoData } from '../src/lib/server/demo/load';
import { formatSummary } from '../src/lib/server/ingest/progress';

const remove = process.argv.includes('--remove');
const handle = await openDatabase({ role: 'tool', command: `npm run demo${remove ? ' -- --remove' : ''}` });
try {
	if (handle.engine !== 'pglite-shared') await prepareDatabase(handle.db);
	if (remove) {
		const removed = await removeDemoData(handle.db);
		console.log(`Removed ${removed.articles} demo articles, ${removed.institutions} institutions and ${removed.people} people.`);
	} else {
		console.log(formatSummary(await loadDemo(handle.db)));
	}
} finally {
	await handle.close();
}
