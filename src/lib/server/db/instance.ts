// The app's one database handle: opened and migrated once at server start (hooks.server.ts init),
// closed on shutdown so the process exits promptly and the embedded folder is released.
import { openDatabase, type DatabaseHandle, type Db } from './connect';
import { prepareDatabase } from './prepare';
import { markInterruptedRuns } from './queries/ingest-runs';
import { loadDemoIfEmpty } from '../demo/load';

let handle: DatabaseHandle | undefined;
let opening: Promise<DatabaseHandle> | undefined;

export function startDatabase(): Promise<DatabaseHandle> {
	opening ??= (async () => {
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
		handle = opened;
		return opened;
	})();
	return opening;
}

export function getDb(): Db {
	if (!handle) throw new Error('The database is not open yet: startDatabase() runs in the server init hook.');
	return handle.db;
}

export async function stopDatabase(): Promise<void> {
	const closing = handle;
	handle = undefined;
	opening = undefined;
	await closing?.close();
}
