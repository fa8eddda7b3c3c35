// Runs the migrations in migrations/index.ts; the same list in scripts, tests and the built server.
import { Migrator, type MigrationResultSet } from 'kysely';
import { migrations } from '../../../../migrations/index';
import type { Db } from './connect';

export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
	const migrator = new Migrator({
		// Kysely's Migrator is typed on Kysely<any>; the migrations themselves use Kysely<any>.
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		db: db as any,
		provider: { getMigrations: async () => migrations }
	});
	const result = await migrator.migrateToLatest();
	if (result.error) {
		const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
		const reason = result.error instanceof Error ? result.error.message : String(result.error);
		throw new Error(`Migration ${failed} failed: ${reason}`);
	}
	return result;
}
