// The initial schema of DESIGN.md. Migrations run on Kysely<any> because they describe the
// database as it was at that point in time, not as the current TypeScript types say it is.
import { sql, type Kysely } from 'kysely';

const INSTITUTION_KINDS = ['legislature', 'agency', 'executive', 'judiciary', 'other'];
const LEVELS = ['national', 'province', 'regency', 'city'];
const CATEGORIES = ['budget', 'oversight', 'program', 'regulation', 'other'];
const STATEMENT_KINDS = ['pledge', 'request'];
const STRENGTHS = ['firm', 'conditional', 'hedged'];
const REVIEW = ['auto', 'confirmed', 'edited', 'rejected'];
const STATUSES = ['not_yet_rated', 'in_progress', 'kept', 'partly_kept', 'broken', 'stalled'];

const oneOf = (column: string, values: string[]) =>
	sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('regions')
		.addColumn('code', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('level', 'text', (c) => c.notNull().check(oneOf('level', ['province', 'regency', 'city'])))
		.addColumn('province_code', 'text', (c) => c.references('regions.code'))
		.addColumn('aliases', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
		.execute();

	await db.schema
		.createTable('outlets')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('domain', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('ingest_runs')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('trigger', 'text', (c) => c.notNull().check(oneOf('trigger', ['cli', 'api', 'demo', 'browser', 'poll', 'reextract'])))
		.addColumn('sources', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('running').check(oneOf('status', ['running', 'done', 'failed'])))
		.addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('finished_at', 'timestamptz')
		.addColumn('items_read', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('items_new', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('items_duplicate', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('items_near_duplicate', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('items_failed', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('statements_added', 'integer', (c) => c.notNull().defaultTo(0))
		// [{ item: "feed.xml:12", reason: "no body text" }]
		.addColumn('errors', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
		.execute();

	await db.schema
		.createTable('articles')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('url', 'text')
		.addColumn('canonical_url', 'text')
		.addColumn('outlet_id', 'integer', (c) => c.references('outlets.id'))
		.addColumn('title', 'text')
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('language', 'text', (c) => c.notNull().check(oneOf('language', ['id', 'en'])))
		.addColumn('published_on', 'date')
		.addColumn('content_hash', 'text', (c) => c.notNull())
		// 64-bit SimHash of word shingles as 16 hex digits; near-duplicates differ in few bits.
		.addColumn('fingerprint', 'text')
		.addColumn('duplicate_of', 'integer', (c) => c.references('articles.id').onDelete('set null'))
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('ingest_run_id', 'integer', (c) => c.references('ingest_runs.id').onDelete('set null'))
		.addColumn('extractor_version', 'text')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('search_id', sql`tsvector`, (c) =>
			c.generatedAlwaysAs(sql`to_tsvector('indonesian'::regconfig, coalesce(title, '') || ' ' || body)`).stored()
		)
		.addColumn('search_en', sql`tsvector`, (c) =>
			c.generatedAlwaysAs(sql`to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || body)`).stored()
		)
		.execute();
	// Re-ingesting the same text or the same canonical URL must find the stored row, not add one.
	await db.schema.createIndex('articles_content_hash_key').unique().on('articles').column('content_hash').execute();
	await db.schema
		.createIndex('articles_canonical_url_key')
		.unique()
		.on('articles')
		.column('canonical_url')
		.where(sql.ref('canonical_url'), 'is not', null)
		.execute();
	await db.schema.createIndex('articles_published_on_idx').on('articles').column('published_on').execute();
	await db.schema.createIndex('articles_duplicate_of_idx').on('articles').column('duplicate_of').execute();
	await db.schema.createIndex('articles_fingerprint_idx').on('articles').column('fingerprint').execute();
	await db.schema.createIndex('articles_search_id_idx').on('articles').using('gin').column('search_id').execute();
	await db.schema.createIndex('articles_search_en_idx').on('articles').using('gin').column('search_en').execute();

	await db.schema
		.createTable('institutions')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', INSTITUTION_KINDS)))
		.addColumn('level', 'text', (c) => c.check(oneOf('level', LEVELS)))
		.addColumn('region_code', 'text', (c) => c.references('regions.code'))
		.addColumn('parent_id', 'integer', (c) => c.references('institutions.id').onDelete('set null'))
		// Set when an editor merges this record into another; old slugs keep redirecting.
		.addColumn('merged_into_id', 'integer', (c) => c.references('institutions.id'))
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('institutions_kind_level_idx').on('institutions').columns(['kind', 'level']).execute();
	await db.schema.createIndex('institutions_region_idx').on('institutions').column('region_code').execute();

	await db.schema
		.createTable('institution_aliases')
		// Lower-cased, whitespace-collapsed form; one alias points to exactly one institution.
		.addColumn('alias_normalized', 'text', (c) => c.primaryKey())
		.addColumn('alias', 'text', (c) => c.notNull())
		.addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
		.execute();
	await db.schema.createIndex('institution_aliases_institution_idx').on('institution_aliases').column('institution_id').execute();

	await db.schema
		.createTable('people')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('name_normalized', 'text', (c) => c.notNull())
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('people_name_normalized_idx').on('people').column('name_normalized').execute();

	await db.schema
		.createTable('roles')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
		.addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('first_seen', 'date')
		.addColumn('last_seen', 'date')
		.addUniqueConstraint('roles_person_institution_title_key', ['person_id', 'institution_id', 'title'])
		.execute();
	await db.schema.createIndex('roles_institution_idx').on('roles').column('institution_id').execute();

	await db.schema
		.createTable('statements')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', STATEMENT_KINDS)))
		.addColumn('actor_institution_id', 'integer', (c) => c.references('institutions.id'))
		.addColumn('speaker_person_id', 'integer', (c) => c.references('people.id'))
		.addColumn('speaker_role', 'text')
		.addColumn('category', 'text', (c) => c.notNull().check(oneOf('category', CATEGORIES)))
		.addColumn('target_institution_id', 'integer', (c) => c.references('institutions.id'))
		.addColumn('target_text', 'text')
		.addColumn('evidence_text', 'text', (c) => c.notNull())
		.addColumn('evidence_start', 'integer', (c) => c.notNull())
		.addColumn('evidence_end', 'integer', (c) => c.notNull())
		.addColumn('amount', sql`numeric(20, 0)`)
		.addColumn('amount_qualifier', 'text', (c) => c.check(oneOf('amount_qualifier', ['exact', 'about', 'more_than', 'up_to'])))
		.addColumn('currency', 'text', (c) => c.notNull().defaultTo('IDR'))
		.addColumn('strength', 'text', (c) => c.notNull().check(oneOf('strength', STRENGTHS)))
		.addColumn('stated_on', 'date')
		.addColumn('confidence', 'real', (c) => c.notNull().check(sql`confidence >= 0 and confidence <= 1`))
		.addColumn('signals', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
		.addColumn('review_status', 'text', (c) => c.notNull().defaultTo('auto').check(oneOf('review_status', REVIEW)))
		// Latest pledge_updates status, kept here so facets and tallies need no join.
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('not_yet_rated').check(oneOf('status', STATUSES)))
		.addColumn('extractor_version', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('statements_evidence_range', sql`evidence_start >= 0 and evidence_end > evidence_start`)
		.execute();
	// The same extracted statement can be stored once per article: this makes re-extraction idempotent.
	await db.schema
		.createIndex('statements_identity_key')
		.unique()
		.on('statements')
		.columns(['article_id', 'kind', 'category', 'evidence_start', 'evidence_end', 'actor_institution_id'])
		.nullsNotDistinct()
		.execute();
	await db.schema.createIndex('statements_actor_idx').on('statements').columns(['actor_institution_id', 'stated_on']).execute();
	await db.schema.createIndex('statements_target_idx').on('statements').column('target_institution_id').execute();
	await db.schema.createIndex('statements_speaker_idx').on('statements').column('speaker_person_id').execute();
	await db.schema.createIndex('statements_stated_on_idx').on('statements').columns(['stated_on', 'id']).execute();
	await db.schema.createIndex('statements_review_idx').on('statements').column('review_status').execute();

	await db.schema
		.createTable('mentions')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ['institution', 'person'])))
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('start', 'integer', (c) => c.notNull())
		.addColumn('end', 'integer', (c) => c.notNull())
		.addColumn('institution_id', 'integer', (c) => c.references('institutions.id'))
		.addColumn('person_id', 'integer', (c) => c.references('people.id'))
		.execute();
	await db.schema.createIndex('mentions_article_idx').on('mentions').column('article_id').execute();
	await db.schema.createIndex('mentions_institution_idx').on('mentions').column('institution_id').execute();

	await db.schema
		.createTable('users')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull().check(oneOf('role', ['editor', 'admin'])))
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('disabled_at', 'timestamptz')
		.execute();

	await db.schema
		.createTable('sessions')
		// SHA-256 of the session token: a leaked table does not leak usable sessions.
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('pledge_updates')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('statement_id', 'integer', (c) => c.notNull().references('statements.id').onDelete('cascade'))
		.addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', STATUSES)))
		.addColumn('effective_on', 'date', (c) => c.notNull())
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('source_article_id', 'integer', (c) => c.references('articles.id').onDelete('set null'))
		.addColumn('source_url', 'text')
		// Suggestions come from delivery sentences in later articles and wait for an editor.
		.addColumn('state', 'text', (c) => c.notNull().defaultTo('accepted').check(oneOf('state', ['suggested', 'accepted', 'dismissed'])))
		.addColumn('created_by', 'integer', (c) => c.references('users.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('pledge_updates_statement_idx').on('pledge_updates').columns(['statement_id', 'effective_on']).execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('user_id', 'integer', (c) => c.references('users.id'))
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('entity', 'text', (c) => c.notNull())
		.addColumn('entity_id', 'text', (c) => c.notNull())
		.addColumn('before', 'jsonb')
		.addColumn('after', 'jsonb')
		.addColumn('reason', 'text')
		.execute();
	// Append-only: the audit log is evidence, so the database itself refuses edits and deletes.
	await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
		begin raise exception 'audit_log is append-only'; end $$`.execute(db);
	await sql`create trigger audit_log_no_change before update or delete on audit_log
		for each row execute function audit_log_append_only()`.execute(db);

	await db.schema
		.createTable('statement_rollup')
		.addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
		.addColumn('month', 'date', (c) => c.notNull())
		.addColumn('category', 'text', (c) => c.notNull().check(oneOf('category', CATEGORIES)))
		.addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', STATEMENT_KINDS)))
		.addColumn('count', 'integer', (c) => c.notNull().check(sql`count >= 0`))
		.addPrimaryKeyConstraint('statement_rollup_pkey', ['institution_id', 'month', 'category', 'kind'])
		.execute();
	await db.schema.createIndex('statement_rollup_month_idx').on('statement_rollup').columns(['month', 'category']).execute();
	// Kept current by the database on every statement write (ingest, review, merge, delete), so no
	// code path can forget it. Counted: dated statements that an editor has not rejected. Copies of
	// syndicated articles carry no statements of their own, so nothing is counted twice.
	await sql`create function statement_rollup_apply(inst integer, day date, cat text, k text, delta integer)
		returns void language plpgsql as $$
		begin
			if inst is null or day is null then return; end if;
			insert into statement_rollup as r (institution_id, month, category, kind, count)
			values (inst, date_trunc('month', day)::date, cat, k, greatest(delta, 0))
			on conflict (institution_id, month, category, kind) do update set count = r.count + delta;
		end $$`.execute(db);
	await sql`create function statement_rollup_trigger() returns trigger language plpgsql as $$
		begin
			if tg_op in ('UPDATE', 'DELETE') and old.review_status <> 'rejected' then
				perform statement_rollup_apply(old.actor_institution_id, old.stated_on, old.category, old.kind, -1);
			end if;
			if tg_op in ('INSERT', 'UPDATE') and new.review_status <> 'rejected' then
				perform statement_rollup_apply(new.actor_institution_id, new.stated_on, new.category, new.kind, 1);
			end if;
			return null;
		end $$`.execute(db);
	await sql`create trigger statements_rollup after insert or update or delete on statements
		for each row execute function statement_rollup_trigger()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'statement_rollup', 'audit_log', 'pledge_updates', 'sessions', 'users', 'mentions', 'statements',
		'roles', 'people', 'institution_aliases', 'institutions', 'articles', 'ingest_runs', 'outlets', 'regions'
	]) {
		await db.schema.dropTable(table).ifExists().cascade().execute();
	}
	await sql`drop function if exists audit_log_append_only()`.execute(db);
	await sql`drop function if exists statement_rollup_trigger()`.execute(db);
	await sql`drop function if exists statement_rollup_apply(integer, date, text, text, integer)`.execute(db);
}
