// Which database to open, from the environment: DATABASE_URL → PostgreSQL; otherwise the embedded
// PGlite in PGLITE_DIR (default ./data/pgdata), or in memory when PGLITE_DIR is `memory://`.
// DATABASE_READ_URL optionally names a hot standby of that PostgreSQL for public reads.
import path from 'node:path';

export type DatabaseConfig =
	| { engine: 'postgres'; url: string }
	| { engine: 'pglite'; dataDir: string | 'memory://' };

export const DEFAULT_PGLITE_DIR = 'data/pgdata';

const POSTGRES_URL = /^postgres(ql)?:\/\//;

export function resolveDatabaseConfig(env: Record<string, string | undefined> = process.env): DatabaseConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!POSTGRES_URL.test(url)) {
			throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got "${url.slice(0, 20)}…")`);
		}
		return { engine: 'postgres', url };
	}
	const dir = env.PGLITE_DIR?.trim() || DEFAULT_PGLITE_DIR;
	return { engine: 'pglite', dataDir: dir === 'memory://' ? dir : path.resolve(dir) };
}

export interface ReadReplicaConfig {
	url: string;
	/** Public reads leave the replica when it is further behind the primary than this. */
	maxLagMs: number;
	/** How often the replica's reachability and lag are measured. */
	checkEveryMs: number;
}

export const DEFAULT_MAX_LAG_SECONDS = 10;

/**
 * The read replica named by DATABASE_READ_URL, or null when there is none. It needs DATABASE_URL
 * (the primary it replicates): a replica of the embedded database does not exist.
 */
export function resolveReadReplicaConfig(env: Record<string, string | undefined> = process.env): ReadReplicaConfig | null {
	const url = env.DATABASE_READ_URL?.trim();
	if (!url) return null;
	if (!POSTGRES_URL.test(url)) {
		throw new Error(`DATABASE_READ_URL must start with postgres:// or postgresql:// (got "${url.slice(0, 20)}…")`);
	}
	if (!env.DATABASE_URL?.trim()) {
		throw new Error('DATABASE_READ_URL is set but DATABASE_URL is not: a read replica needs the PostgreSQL primary it replicates in DATABASE_URL.');
	}
	const lagText = env.DATABASE_READ_MAX_LAG_SECONDS?.trim();
	const lag = lagText ? Number(lagText) : DEFAULT_MAX_LAG_SECONDS;
	if (!Number.isFinite(lag) || lag <= 0 || lag > 86_400) {
		throw new Error(`DATABASE_READ_MAX_LAG_SECONDS must be a number of seconds above 0 (got "${lagText}")`);
	}
	const maxLagMs = Math.round(lag * 1000);
	// Measured often enough that the bound means something, at most once a second.
	return { url, maxLagMs, checkEveryMs: Math.min(1000, Math.max(100, Math.round(maxLagMs / 4))) };
}

/** A PostgreSQL URL safe to print: host, port and database, no user or password. */
export function describePostgresUrl(url: string): string {
	const u = new URL(url);
	return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** A description safe to print: no password. */
export function describeConfig(config: DatabaseConfig): string {
	if (config.engine === 'pglite') {
		return config.dataDir === 'memory://' ? 'embedded PGlite (in memory)' : `embedded PGlite in ${path.relative(process.cwd(), config.dataDir) || '.'}`;
	}
	return `PostgreSQL ${describePostgresUrl(config.url)}`;
}
