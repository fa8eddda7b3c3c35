// Ingest runs name their owner (host and process id) and beat a heartbeat while they work, so a
// run whose process died (killed, out of memory, power cut) can be told apart from one still
// working and marked `interrupted` instead of staying `running` forever.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('ingest_runs')
		.addColumn('owner_host', 'text')
		.addColumn('owner_pid', 'integer')
		.addColumn('heartbeat_at', 'timestamptz')
		.execute();
	await sql`alter table ingest_runs drop constraint if exists ingest_runs_status_check`.execute(db);
	await sql`alter table ingest_runs add constraint ingest_runs_status_check check (status in ('running', 'done', 'failed', 'interrupted'))`.execute(db);
	await db.schema.createIndex('ingest_runs_running_idx').on('ingest_runs').column('id').where(sql.ref('status'), '=', 'running').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('ingest_runs_running_idx').execute();
	await sql`update ingest_runs set status = 'failed' where status = 'interrupted'`.execute(db);
	await sql`alter table ingest_runs drop constraint if exists ingest_runs_status_check`.execute(db);
	await sql`alter table ingest_runs add constraint ingest_runs_status_check check (status in ('running', 'done', 'failed'))`.execute(db);
	await db.schema.alterTable('ingest_runs').dropColumn('owner_host').dropColumn('owner_pid').dropColumn('heartbeat_at').execute();
}
