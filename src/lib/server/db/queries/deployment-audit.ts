// What the one-machine deployment run (scripts/deployment.ts) checks once the dust settles: how many
// archive rows each fed article became, where the sources' items ended, and what the job queue
// went through (retries, failures) — read from pg-boss's own tables in the `pgboss` schema.
import { sql } from 'kysely';
import type { Db } from '../connect';

export interface ArticleCounts {
	/** Archive rows whose address matches. */
	rows: number;
	distinctUrls: number;
	/** Addresses stored more than once. */
	duplicatedUrls: number;
}

export async function countArticlesLike(db: Db, pattern: string): Promise<ArticleCounts> {
	const { rows } = await sql<{ rows: number; distinct_urls: number; duplicated: number }>`
		select count(*)::int as rows, count(distinct url)::int as distinct_urls,
			(select count(*)::int from (select url from articles where url like ${pattern} group by url having count(*) > 1) d) as duplicated
		from articles where url like ${pattern}`.execute(db);
	return { rows: rows[0].rows, distinctUrls: rows[0].distinct_urls, duplicatedUrls: rows[0].duplicated };
}

/** Items per state over the given sources ({ ingested: 300, queued: 0, … }). */
export async function countItemStates(db: Db, sourceIds: readonly number[]): Promise<Record<string, number>> {
	if (sourceIds.length === 0) return {};
	const rows = await db
		.selectFrom('source_items')
		.select(['state', (eb) => eb.fn.countAll<number>().as('n')])
		.where('source_id', 'in', sourceIds)
		.groupBy('state')
		.execute();
	return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}

export interface QueueJobCounts {
	queue: string;
	jobs: number;
	/** Jobs run more than once (a failure, or a dead worker's job expired and run again). */
	retried: number;
	/** Runs beyond the first, summed. */
	retries: number;
	failed: number;
	/** Still waiting or running. */
	open: number;
}

export async function countQueueJobs(db: Db, queues: readonly string[]): Promise<QueueJobCounts[]> {
	// Completed jobs move to pgboss.archive after a while: both tables, so none is missed.
	const { rows } = await sql<{ queue: string; jobs: number; retried: number; retries: number; failed: number; open: number }>`
		select name as queue, count(*)::int as jobs,
			count(*) filter (where retry_count > 0)::int as retried,
			coalesce(sum(retry_count), 0)::int as retries,
			count(*) filter (where state = 'failed')::int as failed,
			count(*) filter (where state in ('created', 'retry', 'active'))::int as open
		from (select name, retry_count, state::text as state from pgboss.job
			union all select name, retry_count, state::text from pgboss.archive) j
		where name in (${sql.join(queues)})
		group by name order by name`.execute(db);
	return queues.map((queue) => rows.find((r) => r.queue === queue) ?? { queue, jobs: 0, retried: 0, retries: 0, failed: 0, open: 0 });
}
