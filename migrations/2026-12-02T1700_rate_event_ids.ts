// Rate events get an id. A login now takes its slot under the limit before the password is checked
// (so a burst of simultaneous attempts cannot all pass a count taken before any was recorded), and
// a right password gives back exactly the slot it took: that needs a way to name one row.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('rate_events')
		.addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('rate_events').dropColumn('id').execute();
}
