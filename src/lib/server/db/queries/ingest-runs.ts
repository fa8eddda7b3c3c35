// Ingest runs: one row per ingestion (CLI, API, demo, poll, re-extraction) with its tallies and errors.
import type { Db } from '../connect';
import type { IngestError, IngestRunTable } from '../schema';

export interface IngestTallies {
	read: number;
	new: number;
	duplicate: number;
	nearDuplicate: number;
	failed: number;
	statementsAdded: number;
	errors: IngestError[];
}

/** Stored errors are capped: a run over a broken million-line file must not write a huge row. */
const MAX_STORED_ERRORS = 1000;

export async function startIngestRun(db: Db, trigger: IngestRunTable['trigger'], sources: string[]): Promise<number> {
	const row = await db.insertInto('ingest_runs').values({ trigger, sources, errors: '[]' }).returning('id').executeTakeFirstOrThrow();
	return row.id;
}

export async function finishIngestRun(db: Db, id: number, tallies: IngestTallies, status: 'done' | 'failed'): Promise<void> {
	await db
		.updateTable('ingest_runs')
		.set({
			status,
			finished_at: new Date(),
			items_read: tallies.read,
			items_new: tallies.new,
			items_duplicate: tallies.duplicate,
			items_near_duplicate: tallies.nearDuplicate,
			items_failed: tallies.failed,
			statements_added: tallies.statementsAdded,
			errors: JSON.stringify(tallies.errors.slice(0, MAX_STORED_ERRORS))
		})
		.where('id', '=', id)
		.execute();
}

export async function countIngestRuns(db: Db): Promise<number> {
	const row = await db.selectFrom('ingest_runs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function findIngestRun(db: Db, id: number) {
	return db.selectFrom('ingest_runs').selectAll().where('id', '=', id).executeTakeFirst();
}
