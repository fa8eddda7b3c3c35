// Which database to open, from the environment: DATABASE_URL → PostgreSQL; otherwise the embedded
// PGlite in PGLITE_DIR (default ./data/pgdata), or in memory when PGLITE_DIR is `memory://`.
import path from 'node:path';

export type DatabaseConfig =
	| { engine: 'postgres'; url: string }
	| { engine: 'pglite'; dataDir: string | 'memory://' };

export const DEFAULT_PGLITE_DIR = 'data/pgdata';

export function resolveDatabaseConfig(env: Record<string, string | undefined> = process.env): DatabaseConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!/^postgres(ql)?:\/\//.test(url)) {
			throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got "${url.slice(0, 20)}…")`);
		}
		return { engine: 'postgres', url };
	}
	const dir = env.PGLITE_DIR?.trim() || DEFAULT_PGLITE_DIR;
	return { engine: 'pglite', dataDir: dir === 'memory://' ? dir : path.resolve(dir) };
}

/** A description safe to print: no password. */
export function describeConfig(config: DatabaseConfig): string {
	if (config.engine === 'pglite') {
		return config.dataDir === 'memory://' ? 'embedded PGlite (in memory)' : `embedded PGlite in ${path.relative(process.cwd(), config.dataDir) || '.'}`;
	}
	const u = new URL(config.url);
	return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
}
