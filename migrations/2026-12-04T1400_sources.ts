// Managed news sources (issue 14, item 1): feeds, lists of site pages and push tokens, with their
// polling state and health, and the items each has seen — the gate that makes every item fetched
// once however many workers poll (the first to insert an item's row owns fetching it).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('sources')
		.addColumn('id', 'integer', (c) => c.generatedAlwaysAsIdentity().primaryKey())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('feed', 'pages', 'push')`))
		.addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 200`))
		// feed: the feed's address; pages and push: null.
		.addColumn('url', 'text', (c) => c.check(sql`url is null or length(url) <= 2000`))
		// pages: the article pages to read, each once.
		.addColumn('pages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
		// push: the ingest token whose posts count for this source.
		.addColumn('api_token_id', 'integer', (c) => c.references('api_tokens.id'))
		.addColumn('paused', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('interval_seconds', 'integer', (c) => c.notNull().defaultTo(1800).check(sql`interval_seconds between 60 and 604800`))
		.addColumn('next_poll_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('last_polled_at', 'timestamptz')
		.addColumn('last_success_at', 'timestamptz')
		.addColumn('last_error_at', 'timestamptz')
		.addColumn('last_error', 'text')
		.addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('items_seen', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('items_new', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('items_failed', 'integer', (c) => c.notNull().defaultTo(0))
		// Conditional GET: the validators the feed's server sent last time.
		.addColumn('etag', 'text')
		.addColumn('last_modified', 'text')
		.addColumn('created_by', 'integer', (c) => c.references('users.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	// A feed is listed once, however its address was typed into the import file.
	await db.schema.createIndex('sources_feed_url_key').unique().on('sources').column('url').where(sql.ref('url'), 'is not', null).execute();
	await db.schema.createIndex('sources_due_idx').on('sources').column('next_poll_at').where(sql.ref('paused'), '=', false).execute();

	await db.schema
		.createTable('source_items')
		.addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id').onDelete('cascade'))
		// The feed entry's guid/id (else its link), or the page's address.
		.addColumn('item_key', 'text', (c) => c.notNull())
		.addColumn('url', 'text')
		.addColumn('state', 'text', (c) => c.notNull().defaultTo('queued').check(sql`state in ('queued', 'fetched', 'ingested', 'duplicate', 'failed')`))
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('last_error', 'text')
		// The queue job that last worked on it, for "retry" after its retries ran out.
		.addColumn('job_queue', 'text')
		.addColumn('job_id', 'text')
		.addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addPrimaryKeyConstraint('source_items_pkey', ['source_id', 'item_key'])
		.execute();
	await db.schema.createIndex('source_items_failed_idx').on('source_items').columns(['source_id', 'updated_at']).where(sql.ref('state'), '=', 'failed').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('source_items').execute();
	await db.schema.dropTable('sources').execute();
}
