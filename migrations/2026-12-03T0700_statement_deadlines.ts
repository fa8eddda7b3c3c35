// A statement's deadline, from its own words (issue 12): the day it resolves to and the phrase with
// its offsets into the article body. Overdue is derived from it at read time, never stored.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('statements')
		.addColumn('due_on', 'date')
		.addColumn('due_phrase', 'text')
		.addColumn('due_start', 'integer')
		.addColumn('due_end', 'integer')
		.execute();
	// All four or none, and the phrase's offsets in order, like the evidence's.
	await sql`alter table statements add constraint statements_due_complete check (
		(due_on is null and due_phrase is null and due_start is null and due_end is null)
		or (due_on is not null and due_phrase is not null and due_start >= 0 and due_end > due_start))`.execute(db);
	// Overdue lists read the dated pledges only.
	await db.schema.createIndex('statements_due_on_idx').on('statements').columns(['due_on', 'id']).where(sql.ref('due_on'), 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('statements_due_on_idx').execute();
	await sql`alter table statements drop constraint statements_due_complete`.execute(db);
	await db.schema.alterTable('statements').dropColumn('due_on').dropColumn('due_phrase').dropColumn('due_start').dropColumn('due_end').execute();
}
