// Dashboard indexes, second pass after measuring:
// - "newest first" lists order by stated_on desc NULLS LAST (undated statements go last); a plain
//   desc index sorts nulls first, so it could not serve that order and every list sorted the table.
// - Full-text search now matches through the article vectors only (evidence is a span of the body,
//   so the article vectors already contain its words); the evidence GIN indexes of 1620 only cost
//   two tsvector computations per statement written, so they go.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('statements_kind_stated_on_idx').ifExists().execute();
	await db.schema.dropIndex('statements_evidence_search_id_idx').ifExists().execute();
	await db.schema.dropIndex('statements_evidence_search_en_idx').ifExists().execute();
	await sql`create index statements_kind_newest_idx on statements (kind, stated_on desc nulls last, id desc)`.execute(db);
	await sql`create index statements_newest_idx on statements (stated_on desc nulls last, id desc)`.execute(db);
	await sql`create index statements_actor_newest_idx on statements (actor_institution_id, stated_on desc nulls last, id desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const name of ['statements_kind_newest_idx', 'statements_newest_idx', 'statements_actor_newest_idx']) {
		await db.schema.dropIndex(name).ifExists().execute();
	}
	await sql`create index statements_kind_stated_on_idx on statements (kind, stated_on desc, id desc)`.execute(db);
	await sql`create index statements_evidence_search_id_idx on statements using gin (to_tsvector('indonesian'::regconfig, evidence_text))`.execute(db);
	await sql`create index statements_evidence_search_en_idx on statements using gin (to_tsvector('english'::regconfig, evidence_text))`.execute(db);
}
