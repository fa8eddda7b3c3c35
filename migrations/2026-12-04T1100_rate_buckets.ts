// Token buckets for the public API's per-client limit, in the database so that every app instance
// on one PostgreSQL draws from the same bucket (issue 14, item 3): counted in each process's
// memory, N instances allowed N times the limit. One row per (bucket, key); the key is a hash of
// the client address, so the table is not a list of who asked.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('rate_buckets')
		.addColumn('bucket', 'text', (c) => c.notNull())
		.addColumn('key', 'text', (c) => c.notNull())
		// Tokens left at `at`; refilled on the next take from the time since.
		.addColumn('tokens', 'double precision', (c) => c.notNull())
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		// Tokens the latest take got: the one upsert both decides and reports.
		.addColumn('taken', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('rate_buckets_pkey', ['bucket', 'key'])
		.execute();
	await db.schema.createIndex('rate_buckets_at_idx').on('rate_buckets').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('rate_buckets').execute();
}
