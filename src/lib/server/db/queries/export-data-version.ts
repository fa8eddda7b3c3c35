// When the public data last changed, for Last-Modified: the latest ingest run or editorial action.
// Both read one row by primary key, so answering costs nothing whatever the size of the data.
import type { Db } from '../connect';

export async function findDataLastModified(db: Db): Promise<Date | null> {
	const [run, audit] = await Promise.all([
		db.selectFrom('ingest_runs').select(['started_at', 'finished_at']).orderBy('id', 'desc').limit(1).executeTakeFirst(),
		db.selectFrom('audit_log').select('at').orderBy('id', 'desc').limit(1).executeTakeFirst()
	]);
	const times = [run?.finished_at, run?.started_at, audit?.at].filter((t): t is Date => t instanceof Date);
	return times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : null;
}
