// Follow this (issue 12, item 5). A status change needs the moment it became public for the
// status-change feeds and digests: decided_at, set when an editor accepts or dismisses (an update
// recorded as accepted at once has its created_at). Email alerts keep an address only for that:
// one row per address and followed scope, tokens stored as SHA-256 (the confirmation's on the row,
// each digest's unsubscribe link in subscription_tokens), all deleted on unsubscribe.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('pledge_updates').addColumn('decided_at', 'timestamptz').execute();
	await sql`update pledge_updates set decided_at = created_at where state <> 'suggested'`.execute(db);
	await sql`create index pledge_updates_decided_idx on pledge_updates ((coalesce(decided_at, created_at)), id) where state = 'accepted'`.execute(db);

	await db.schema
		.createTable('subscriptions')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().check(sql`length(email) between 3 and 254`))
		// The followed scope as canonical /pledges filters ('institution=dprd-…', 'province=62', any search).
		.addColumn('scope', 'text', (c) => c.notNull().check(sql`length(scope) between 1 and 1000`))
		.addColumn('label', 'text', (c) => c.notNull().check(sql`length(label) <= 300`))
		.addColumn('lang', 'text', (c) => c.notNull().check(sql`lang in ('id', 'en')`))
		.addColumn('confirm_token_hash', 'text', (c) => c.unique())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		// The latest request: its confirmation link is valid for a week from here.
		.addColumn('requested_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('confirmed_at', 'timestamptz')
		// Events after this moment go into the next digest; set at confirmation and after each digest.
		.addColumn('digest_since', 'timestamptz')
		.addColumn('last_digest_at', 'timestamptz')
		.addUniqueConstraint('subscriptions_email_scope_key', ['email', 'scope'])
		.execute();
	// Each digest carries its own unsubscribe link; every one ever sent works until the row goes.
	await db.schema
		.createTable('subscription_tokens')
		.addColumn('token_hash', 'text', (c) => c.primaryKey())
		.addColumn('subscription_id', 'integer', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('subscription_tokens_subscription_idx').on('subscription_tokens').column('subscription_id').execute();
	await db.schema.createIndex('subscriptions_confirmed_idx').on('subscriptions').columns(['last_digest_at', 'id']).where(sql.ref('confirmed_at'), 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('subscription_tokens').execute();
	await db.schema.dropTable('subscriptions').execute();
	await sql`drop index pledge_updates_decided_idx`.execute(db);
	await db.schema.alterTable('pledge_updates').dropColumn('decided_at').execute();
}
