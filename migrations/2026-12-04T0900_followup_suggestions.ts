// Follow-ups from later news (issue 12, item 2): a suggested status update keeps the sentence that
// reported it (with its offsets into the source article), how sure the matcher was, why, and which
// matcher proposed it. One suggestion per pledge and article, whatever became of it, so ingesting
// the same article again (or scanning it twice) never suggests the same thing twice, even after an
// editor dismissed it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('pledge_updates')
		.addColumn('confidence', 'real')
		.addColumn('quote', 'text')
		.addColumn('quote_start', 'integer')
		.addColumn('quote_end', 'integer')
		.addColumn('signals', 'jsonb')
		.addColumn('matcher_version', 'text')
		.execute();
	await sql`alter table pledge_updates add constraint pledge_updates_followup_complete check (
		(matcher_version is null and confidence is null and quote is null and quote_start is null and quote_end is null)
		or (matcher_version is not null and source_article_id is not null and confidence >= 0 and confidence <= 1
			and quote is not null and quote_start >= 0 and quote_end > quote_start))`.execute(db);
	await db.schema
		.createIndex('pledge_updates_followup_key')
		.unique()
		.on('pledge_updates')
		.columns(['statement_id', 'source_article_id'])
		.where(sql.ref('matcher_version'), 'is not', null)
		.execute();
	// The review queue lists waiting suggestions, most confident first.
	await db.schema
		.createIndex('pledge_updates_suggested_idx')
		.on('pledge_updates')
		.columns(['confidence', 'id'])
		.where(sql.ref('state'), '=', 'suggested')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('pledge_updates_suggested_idx').execute();
	await db.schema.dropIndex('pledge_updates_followup_key').execute();
	await sql`alter table pledge_updates drop constraint pledge_updates_followup_complete`.execute(db);
	await db.schema
		.alterTable('pledge_updates')
		.dropColumn('confidence')
		.dropColumn('quote')
		.dropColumn('quote_start')
		.dropColumn('quote_end')
		.dropColumn('signals')
		.dropColumn('matcher_version')
		.execute();
}
