// Indexes the public dashboard reads through: full-text search over statement evidence (in both
// stemming configurations, matching the expressions in queries/pledges.ts exactly), and a tiny
// partial index so "is demo data loaded?" is answered without scanning the articles table.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await sql`create index statements_evidence_search_id_idx on statements using gin (to_tsvector('indonesian'::regconfig, evidence_text))`.execute(db);
	await sql`create index statements_evidence_search_en_idx on statements using gin (to_tsvector('english'::regconfig, evidence_text))`.execute(db);
	await sql`create index articles_is_demo_idx on articles (id) where is_demo`.execute(db);
	// Latest public statements per kind without sorting the table: /pledges and the overview feed.
	await sql`create index statements_kind_stated_on_idx on statements (kind, stated_on desc, id desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const name of ['statements_evidence_search_id_idx', 'statements_evidence_search_en_idx', 'articles_is_demo_idx', 'statements_kind_stated_on_idx']) {
		await db.schema.dropIndex(name).ifExists().execute();
	}
}
