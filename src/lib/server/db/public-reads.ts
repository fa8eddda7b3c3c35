// Which database a request reads from. Writes, sessions, the editor area and every request from a
// logged-in editor use the primary (getDb), so an editor sees their own change at once. Public
// reads use the read replica (DATABASE_READ_URL) while it is in use (read-replica.ts), else the
// primary. The choice is made once per request and kept for all of its reads: the data version a
// cached page or count is stored under (queries/read-cache.ts, hooks/page-cache.ts) and the data
// itself then come from the same server, so nothing older than its version is ever stored.
import { resolveReadReplicaConfig } from './config';
import type { Db } from './connect';
import { getDb } from './instance';
import { openReadReplica, type ReadReplica } from './read-replica';

let replica: ReadReplica | undefined;

/** Opens and measures the replica named by DATABASE_READ_URL, if any; the app keeps running without it. */
export async function startReadReplica(primary: Db, config = resolveReadReplicaConfig()): Promise<ReadReplica | null> {
	if (!config) return null;
	const opened = openReadReplica(primary, config);
	await opened.start();
	replica = opened;
	return opened;
}

export async function stopReadReplica(): Promise<void> {
	const closing = replica;
	replica = undefined;
	closing?.stop();
	await closing?.db.destroy();
}

type ReadLocals = Pick<App.Locals, 'user' | 'readDb'>;

/** The database this request's public reads use (chosen on the first call, then kept). */
export function getReadDb(locals: ReadLocals): Db {
	locals.readDb ??= replica?.inUse && !locals.user ? replica.db : getDb();
	return locals.readDb;
}

/**
 * After a read failed: when this request was on the replica and the replica has since been taken
 * out of use, the request moves to the primary and the caller may retry. Only safe before anything
 * read from the replica has been used (the page cache's first read, the data version).
 */
export function moveReadsToPrimary(locals: ReadLocals): Db | null {
	if (!replica || locals.readDb !== replica.db || replica.inUse) return null;
	locals.readDb = getDb();
	return locals.readDb;
}
