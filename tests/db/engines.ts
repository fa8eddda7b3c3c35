// Runs database tests on every engine: PGlite in memory always; PostgreSQL when TEST_DATABASE_URL
// names a server (CI sets it). Each PostgreSQL suite gets a fresh database it creates and drops.
import { randomBytes } from 'node:crypto';
import { adminQuery as runAdminQuery } from '../../src/lib/server/db/admin-query';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/connect';
import { prepareDatabase } from '../../src/lib/server/db/prepare';

export interface TestEngine {
	name: 'pglite' | 'postgres';
	/** Opens a fresh, migrated database; `drop()` removes it. `url`: PostgreSQL's, for a second connection. */
	open(): Promise<{ handle: DatabaseHandle; drop(): Promise<void>; url?: string }>;
}

const adminUrl = process.env.TEST_DATABASE_URL?.trim();

const adminQuery = (text: string) => runAdminQuery(adminUrl!, text);

const pglite: TestEngine = {
	name: 'pglite',
	async open() {
		const handle = await openDatabase({ role: 'tool', config: { engine: 'pglite', dataDir: 'memory://' } });
		await prepareDatabase(handle.db);
		return { handle, drop: () => handle.close() };
	}
};

const postgres: TestEngine = {
	name: 'postgres',
	async open() {
		const name = `pledgewatch_test_${randomBytes(6).toString('hex')}`;
		await adminQuery(`create database ${name}`);
		const url = new URL(adminUrl!);
		url.pathname = `/${name}`;
		const handle = await openDatabase({ role: 'tool', config: { engine: 'postgres', url: url.toString() } });
		await prepareDatabase(handle.db);
		return {
			handle,
			url: url.toString(),
			async drop() {
				await handle.close();
				await adminQuery(`drop database if exists ${name} with (force)`);
			}
		};
	}
};

export const engines: TestEngine[] = adminUrl ? [pglite, postgres] : [pglite];
