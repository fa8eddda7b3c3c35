// Editors and trust: API tokens for machines, public problem reports, slug redirects after merges,
// institution rename history, and a small event table that login throttling and form rate limits
// share (kept in the database so every server process behind a load balancer sees the same counts).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('api_tokens')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		// SHA-256 of the token: the token itself is shown once, at creation, and never stored.
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('scopes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
		.addColumn('created_by', 'integer', (c) => c.references('users.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('last_used_at', 'timestamptz')
		.addColumn('revoked_at', 'timestamptz')
		.execute();
	// One live token per name, so `token revoke NAME` is unambiguous; revoked names can be reused.
	await db.schema
		.createIndex('api_tokens_live_name_key')
		.unique()
		.on('api_tokens')
		.column('name')
		.where(sql.ref('revoked_at'), 'is', null)
		.execute();

	await db.schema
		.createTable('problem_reports')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('statement_id', 'integer', (c) => c.notNull().references('statements.id').onDelete('cascade'))
		.addColumn('message', 'text', (c) => c.notNull())
		.addColumn('contact', 'text')
		.addColumn('state', 'text', (c) => c.notNull().defaultTo('open').check(sql`state in ('open', 'resolved', 'dismissed')`))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('handled_by', 'integer', (c) => c.references('users.id'))
		.addColumn('handled_at', 'timestamptz')
		.execute();
	await db.schema.createIndex('problem_reports_state_idx').on('problem_reports').columns(['state', 'created_at']).execute();

	await db.schema
		.createTable('slug_redirects')
		.addColumn('old_slug', 'text', (c) => c.primaryKey())
		.addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('institution_name_history')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
		.addColumn('old_name', 'text', (c) => c.notNull())
		.addColumn('new_name', 'text', (c) => c.notNull())
		.addColumn('effective_on', 'date')
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('changed_by', 'integer', (c) => c.references('users.id'))
		.addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema
		.createIndex('institution_name_history_institution_idx')
		.on('institution_name_history')
		.columns(['institution_id', 'changed_at'])
		.execute();

	await db.schema
		.createTable('rate_events')
		// bucket: 'login-fail-account' | 'login-fail-ip' | 'report-ip'; key: SHA-256 of the email or
		// address, so the table is not a list of who tried what.
		.addColumn('bucket', 'text', (c) => c.notNull())
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('rate_events_lookup_idx').on('rate_events').columns(['bucket', 'key', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['rate_events', 'institution_name_history', 'slug_redirects', 'problem_reports', 'api_tokens']) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
