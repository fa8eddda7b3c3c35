// Ingestion needs two things the initial schema lacks: a memory of feed entries already read
// (so polling fetches each linked page once), and indexes that find near-duplicate candidates by
// any of the four 16-bit bands of the SimHash fingerprint (two copies within 3 bits share a band).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('feed_items_seen')
		.addColumn('feed', 'text', (c) => c.notNull())
		.addColumn('item_key', 'text', (c) => c.notNull())
		.addColumn('seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addPrimaryKeyConstraint('feed_items_seen_pkey', ['feed', 'item_key'])
		.execute();
	for (let band = 0; band < 4; band++) {
		await sql`create index ${sql.raw(`articles_fingerprint_band${band}_idx`)} on articles (substr(fingerprint, ${sql.raw(String(band * 4 + 1))}, 4)) where fingerprint is not null and duplicate_of is null`.execute(db);
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	for (let band = 0; band < 4; band++) await sql`drop index if exists ${sql.raw(`articles_fingerprint_band${band}_idx`)}`.execute(db);
	await db.schema.dropTable('feed_items_seen').ifExists().execute();
}
