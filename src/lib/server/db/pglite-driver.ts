// A Kysely dialect for an in-process PGlite that honours the SessionGate. (kysely-pglite-dialect
// serializes its own connections but knows nothing of socket clients sharing the same session.)
import type { PGlite } from '@electric-sql/pglite';
import {
	CompiledQuery,
	PostgresAdapter,
	PostgresIntrospector,
	PostgresQueryCompiler,
	type DatabaseConnection,
	type Dialect,
	type Driver,
	type Kysely,
	type QueryResult,
	type TransactionSettings
} from 'kysely';
import type { SessionGate } from './session-gate';

class GatedConnection implements DatabaseConnection {
	inTransaction = false;

	constructor(
		private readonly pg: PGlite,
		private readonly gate: SessionGate
	) {}

	async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
		const run = async () => {
			const result = await this.pg.query<R>(query.sql, [...query.parameters]);
			return result.affectedRows === undefined
				? { rows: result.rows }
				: { rows: result.rows, numAffectedRows: BigInt(result.affectedRows) };
		};
		return this.inTransaction ? run() : this.gate.run(this, run);
	}

	async *streamQuery<R>(query: CompiledQuery, chunkSize = 1000): AsyncIterableIterator<QueryResult<R>> {
		// PGlite has no server-side cursor over this API; results arrive whole, so hand them out in chunks.
		const { rows } = await this.executeQuery<R>(query);
		for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) };
	}

	async begin(settings: TransactionSettings): Promise<void> {
		await this.gate.acquire(this);
		try {
			const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
			await this.pg.exec(`begin${isolation}`);
			this.inTransaction = true;
		} catch (error) {
			this.gate.release(this);
			throw error;
		}
	}

	async end(statement: 'commit' | 'rollback'): Promise<void> {
		try {
			await this.pg.exec(statement);
		} finally {
			this.inTransaction = false;
			this.gate.release(this);
		}
	}
}

class GatedPGliteDriver implements Driver {
	constructor(
		private readonly pg: PGlite,
		private readonly gate: SessionGate
	) {}

	async init(): Promise<void> {
		await this.pg.waitReady;
	}

	async acquireConnection(): Promise<DatabaseConnection> {
		return new GatedConnection(this.pg, this.gate);
	}

	async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
		await (connection as GatedConnection).begin(settings);
	}

	async commitTransaction(connection: DatabaseConnection): Promise<void> {
		await (connection as GatedConnection).end('commit');
	}

	async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
		await (connection as GatedConnection).end('rollback');
	}

	async releaseConnection(): Promise<void> {}

	async destroy(): Promise<void> {
		// The PGlite instance is owned and closed by the DatabaseHandle, not by Kysely.
	}
}

export class GatedPGliteDialect implements Dialect {
	constructor(
		private readonly pg: PGlite,
		private readonly gate: SessionGate
	) {}

	createAdapter() {
		return new PostgresAdapter();
	}
	createDriver(): Driver {
		return new GatedPGliteDriver(this.pg, this.gate);
	}
	createQueryCompiler() {
		return new PostgresQueryCompiler();
	}
	// Kysely's introspector is typed on Kysely<any>; nothing here narrows it.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	createIntrospector(db: Kysely<any>) {
		return new PostgresIntrospector(db);
	}
}
