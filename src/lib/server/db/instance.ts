// The app's one database handle: opened once at server start (the sequence is in
// ../startup.ts, run by the init hook in hooks.server.ts) and closed on shutdown, so the process
// exits promptly and the embedded folder is released.
import type { DatabaseHandle, Db } from './connect';

let handle: DatabaseHandle | undefined;
let opening: Promise<DatabaseHandle> | undefined;

/** Opens the app's database with `open` once; later calls share the first one's result. */
export function holdDatabase(open: () => Promise<DatabaseHandle>): Promise<DatabaseHandle> {
	opening ??= open().then((opened) => {
		handle = opened;
		return opened;
	});
	return opening;
}

export function getDb(): Db {
	if (!handle) throw new Error('The database is not open yet: startServerDatabase() (lib/server/startup.ts) runs in the server init hook.');
	return handle.db;
}

export async function stopDatabase(): Promise<void> {
	const closing = handle;
	handle = undefined;
	opening = undefined;
	await closing?.close();
}
