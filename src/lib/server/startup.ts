// What the server does with its database before answering anyone: open it, bring the schema up
// to date, mark ingest runs a dead process left "running", and load the demo corpus into an empty
// database (PLEDGEWATCH_DEMO=0 turns that off). Kept out of db/instance.ts, which only holds the
// handle, so the database layer does not depend on ingestion and demo data.
import { openDatabase, type DatabaseHandle } from './db/connect';
import { holdDatabase } from './db/instance';
import { prepareDatabase } from './db/prepare';
import { markInterruptedRuns } from './db/queries/ingest-runs';
import { loadDemoIfEmpty } from './demo/load';

export function startServerDatabase(): Promise<DatabaseHandle> {
	return holdDatabase(async () => {
		const opened = await openDatabase({ role: 'server', command: 'pledgewatch server' });
		try {
			await prepareDatabase(opened.db);
			// Runs left `running` by a process that died (a killed CLI, the previous server).
			await markInterruptedRuns(opened.db);
			await loadDemoIfEmpty(opened.db);
		} catch (error) {
			await opened.close();
			throw error;
		}
		return opened;
	});
}
