// Large CSV exports on PostgreSQL through the server's own `COPY … TO STDOUT WITH (FORMAT csv)`.
// Paging rows through `pg` costs ~15 µs a row in JavaScript (protocol parsing and one string per
// field); COPY hands over bytes the server has already written as CSV, at several times the speed.
//
// COPY cannot take bind parameters, so no request value is ever placed in its text:
//   1. inside one transaction, the ids of the rows to export are inserted into a temporary table
//      by an ordinary, parameterized query (the very filter the pages use);
//   2. the site origin the permalinks need goes in through set_config() with a bound parameter and
//      is read back with current_setting();
//   3. COPY then runs a select that joins the temporary table and holds no parameters at all
//      (checked below: a parameter there is a programming error, not something to inline).
import { to as copyTo } from 'pg-copy-streams';
import { sql, type Compilable } from 'kysely';
import type pg from 'pg';
import { serverPoolOf, type Db } from './connect';
import { EXPORT_ORIGIN_SETTING } from './queries/csv-cells';

/** The temporary table the ids are staged in; a plan's row select joins it. */
export const EXPORT_IDS_TABLE = 'export_ids';
export type WithExportIds = { export_ids: { id: number } };

export interface CsvCopyPlan {
	/** Selects one `id` column: the rows to export, under the request's filters. */
	ids: Compilable;
	/** The rows, joined to `export_ids` and ordered; must have no parameters. */
	rows: Compilable;
}

// Each COPY holds a pooled connection and a transaction for as long as its client downloads. A few
// at a time leave the pool to the pages; further exports take the paged path (slower, holds nothing).
const MAX_CONCURRENT_COPIES = 2;
// A download nobody reads from (a stalled client, a response that was never sent) gives its
// connection back after this long.
const IDLE_LIMIT_MS = 60_000;
let runningCopies = 0;

export interface CsvCopy {
	/** The next chunk of CSV bytes (LF line ends, no header), or null at the end. */
	read(): Promise<Uint8Array | null>;
	/** Stops early: the connection is closed, which ends the COPY on the server. */
	cancel(): void;
}

/**
 * Starts streaming the plan's rows as CSV, or returns null when COPY is not available: PGlite, or
 * every COPY slot taken. Errors before the first byte (a bad filter, a lost server) are thrown here,
 * so the caller can still answer with an error status.
 */
export async function openCsvCopy(db: Db, plan: CsvCopyPlan, origin: string): Promise<CsvCopy | null> {
	const pool = serverPoolOf(db);
	if (!pool || runningCopies >= MAX_CONCURRENT_COPIES) return null;
	const ids = sql`insert into ${sql.table(EXPORT_IDS_TABLE)} (id) ${plan.ids}`.compile(db);
	const copy = sql`copy (${plan.rows}) to stdout with (format csv)`.compile(db);
	if (copy.parameters.length) throw new Error('openCsvCopy: the row select must not have parameters; COPY cannot bind them');
	const setOrigin = sql`select set_config(${EXPORT_ORIGIN_SETTING}, ${origin}, true)`.compile(db);

	runningCopies++;
	let client: pg.PoolClient | undefined;
	let finished = false;
	// A checked-out client has no pool listener: a dropped connection would otherwise be an uncaught
	// 'error' event. The failure still reaches the reader through the COPY stream.
	const onLost = (error: Error) => console.error(`CSV export: database connection lost: ${error.message}`);
	const finish = (clean: boolean) => {
		if (finished) return;
		finished = true;
		runningCopies--;
		clearTimeout(idle);
		client?.off('error', onLost);
		// A connection stopped mid-COPY or mid-transaction is closed, never pooled again.
		client?.release(clean ? undefined : true);
	};
	// Runs only while the reader is away (between reads), from the moment the COPY starts.
	let idle: NodeJS.Timeout | undefined;
	const awaitReader = () => {
		idle = setTimeout(() => finish(false), IDLE_LIMIT_MS);
		idle.unref();
	};
	try {
		client = await pool.connect();
		client.on('error', onLost);
		await client.query('begin');
		// Dates as YYYY-MM-DD whatever the server's default, as the paged path and the JSON have them.
		await client.query(`set local datestyle = 'ISO, YMD'`);
		await client.query(setOrigin.sql, [...setOrigin.parameters]);
		await client.query(`create temp table ${EXPORT_IDS_TABLE} (id integer not null) on commit drop`);
		await client.query(ids.sql, [...ids.parameters]);
		// Row counts let the planner choose a merge join for a million ids and index lookups for ten.
		await client.query(`analyze ${EXPORT_IDS_TABLE}`);
	} catch (error) {
		finish(false);
		throw error;
	}
	const open = client;
	const source = open.query(copyTo(copy.sql));
	// pg reports a lost connection by emitting 'error' on the COPY stream, even before anyone reads;
	// it is kept here and handed to the reader, so nothing is left uncaught and no read waits forever.
	// (Not by racing each read against one long-lived promise: every race would stay attached to it,
	// and with it every chunk read, which was measured holding the whole export in memory.)
	let failure: Error | null = null;
	let failPendingRead: ((error: Error) => void) | null = null;
	source.on('error', (error: Error) => {
		failure ??= error;
		finish(false);
		failPendingRead?.(error);
	});
	const chunks = (source as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
	awaitReader();
	return {
		async read() {
			// Finished without reaching the end (idle too long, cancelled): never pass a cut-off file as whole.
			if (finished) throw failure ?? new Error('The CSV export was stopped before its end (the download sat idle too long, or was cancelled).');
			clearTimeout(idle);
			try {
				const next = await new Promise<IteratorResult<Buffer>>((resolve, reject) => {
					failPendingRead = reject;
					chunks.next().then(resolve, reject);
				});
				failPendingRead = null;
				if (!next.done) {
					awaitReader();
					return next.value;
				}
				await open.query('commit');
				finish(true);
				return null;
			} catch (error) {
				finish(false);
				throw error;
			}
		},
		cancel() {
			finish(false);
		}
	};
}
