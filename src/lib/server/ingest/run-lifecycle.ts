// An ingest run's row from start to end: runs left `running` by a dead process are marked
// `interrupted` first, the new run beats a heartbeat while it works, and it always ends `done`
// or `failed` — an unexpected error carries the tallies so far, for a report.
import type { Db } from '../db/connect';
import { beatIngestRun, finishIngestRun, HEARTBEAT_INTERVAL_MS, markInterruptedRuns, startIngestRun } from '../db/queries/ingest-runs';
import type { IngestRunTable } from '../db/schema';
import type { IngestSummary } from './types';

/** A run that stopped on an unexpected error (not a bad item): what it did until then. */
export class IngestRunError extends Error {
	constructor(
		message: string,
		readonly summary: IngestSummary,
		options?: { cause?: unknown }
	) {
		super(message, options);
	}
}

export async function runRecorded(
	db: Db,
	trigger: IngestRunTable['trigger'],
	sources: string[],
	summary: IngestSummary,
	work: () => Promise<void>
): Promise<IngestSummary> {
	// Cheap (one indexed look-up) and safe at every start: a live owner is never marked.
	await markInterruptedRuns(db).catch(() => undefined);
	const runId = await startIngestRun(db, trigger, sources);
	summary.runId = runId;
	// The timer, not batch ends, beats: reading a slow feed can take many minutes between batches.
	const timer = setInterval(() => void beatIngestRun(db, runId).catch(() => undefined), HEARTBEAT_INTERVAL_MS);
	timer.unref();
	try {
		await work();
		await finishIngestRun(db, runId, summary, 'done');
	} catch (error) {
		summary.errors.push({ item: 'run', reason: `stopped on an unexpected error: ${(error as Error).message}` });
		await finishIngestRun(db, runId, summary, 'failed').catch(() => undefined);
		throw new IngestRunError((error as Error).message, summary, { cause: error });
	} finally {
		clearInterval(timer);
	}
	return summary;
}
