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

export interface StorageFigures {
	databaseBytes: number;
	articles: number;
	/** The articles table with its indexes and TOAST. */
	articlesBytes: number;
	statementsBytes: number;
	jobBytes: number;
}

/** On-disk sizes after the run, for bytes-per-article figures (docs/scaling.md). */
export async function measureStorage(db: Db): Promise<StorageFigures> {
	const { rows } = await sql<{ database_bytes: string; articles: number; articles_bytes: string; statements_bytes: string; job_bytes: string }>`
		select pg_database_size(current_database())::text as database_bytes,
			(select count(*)::int from articles) as articles,
			pg_total_relation_size('articles')::text as articles_bytes,
			pg_total_relation_size('statements')::text as statements_bytes,
			(select coalesce(sum(pg_total_relation_size(c.oid)), 0)::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'pgboss' and c.relkind = 'r') as job_bytes`.execute(db);
	const r = rows[0];
	return { databaseBytes: Number(r.database_bytes), articles: r.articles, articlesBytes: Number(r.articles_bytes), statementsBytes: Number(r.statements_bytes), jobBytes: Number(r.job_bytes) };
}
