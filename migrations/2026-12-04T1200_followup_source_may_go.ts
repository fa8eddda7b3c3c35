// A follow-up suggestion keeps its quote when its source article is deleted (removing the demo data,
// say): the source link is set null by the foreign key, which 2026-12-04T0900's check refused, so a
// delete of a source article failed. The check now asks for a source only while it exists.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await sql`alter table pledge_updates drop constraint pledge_updates_followup_complete`.execute(db);
	await sql`alter table pledge_updates add constraint pledge_updates_followup_complete check (
		(matcher_version is null and confidence is null and quote is null and quote_start is null and quote_end is null)
		or (matcher_version is not null and confidence >= 0 and confidence <= 1
			and quote is not null and quote_start >= 0 and quote_end > quote_start))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`alter table pledge_updates drop constraint pledge_updates_followup_complete`.execute(db);
	await sql`alter table pledge_updates add constraint pledge_updates_followup_complete check (
		(matcher_version is null and confidence is null and quote is null and quote_start is null and quote_end is null)
		or (matcher_version is not null and source_article_id is not null and confidence >= 0 and confidence <= 1
			and quote is not null and quote_start >= 0 and quote_end > quote_start))`.execute(db);
}
