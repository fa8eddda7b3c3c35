// Throwaway PostgreSQL servers for the tests that need a server of their own: initdb into a
// temporary folder and pg_ctl on a port of its own (the outage test), or a primary with a streaming
// hot standby made by pg_basebackup (the read-replica test). As root, PostgreSQL refuses to run, so
// its tools run as the `postgres` account. Ports: TEST_PG_PORTS="5451,5452" pins them (a shared
// machine hands out port ranges), otherwise free ones are picked.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** Where initdb and pg_ctl live: PG_BIN, else pg_config's answer, else the newest Debian install. */
export function findPostgresBin(): string | null {
	const candidates: string[] = [];
	if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
	const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
	if (config.status === 0) candidates.push(config.stdout.trim());
	const debian = '/usr/lib/postgresql';
	if (fs.existsSync(debian)) {
		for (const version of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, version, 'bin'));
	}
	return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

export interface DatabaseUser {
	wrap: (cmd: string, args: string[]) => [string, string[]];
	uid?: number;
	gid?: number;
}

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` account instead. */
export function asDatabaseUser(): DatabaseUser | null {
	if (process.getuid?.() !== 0) return { wrap: (cmd, args) => [cmd, args] };
	const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
	const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
	if (id.status !== 0) return null;
	return { wrap: (cmd, args) => ['runuser', ['-u', 'postgres', '--', cmd, ...args]], uid: Number(id.stdout), gid: Number(gid.stdout) };
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/** `count` ports for PostgreSQL servers: TEST_PG_PORTS's, else free ones. */
export async function postgresPorts(count: number): Promise<number[]> {
	const pinned = (process.env.TEST_PG_PORTS ?? '').split(',').map(Number).filter((p) => Number.isInteger(p) && p > 0);
	if (pinned.length >= count) return pinned.slice(0, count);
	const ports: number[] = [];
	while (ports.length < count) {
		const port = await freePort();
		if (!ports.includes(port)) ports.push(port);
	}
	return ports;
}

/** Runs one PostgreSQL tool from `bin` as the database user; throws with its output on failure. */
export function pgTool(bin: string, user: DatabaseUser, tool: string, args: string[]): string {
	const [cmd, full] = user.wrap(path.join(bin, tool), args);
	try {
		return execFileSync(cmd, full, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: string; stderr?: string };
		throw new Error(`${tool} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
	}
}

/** One statement on its own connection; the rows it returns. */
export async function queryServer<T>(url: string, text: string): Promise<T[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(text)).rows as T[];
	} finally {
		await client.end();
	}
}

export interface ThrowawayServer {
	port: number;
	dataDir: string;
	url: string;
	start(): void;
	/** fast: connections are told and closed; immediate: the server dies on the spot. */
	stop(mode?: 'fast' | 'immediate'): void;
	/** Stops the server if it runs; never throws (cleanup). */
	stopQuietly(): void;
}

function server(bin: string, user: DatabaseUser, dir: string, name: string, port: number): ThrowawayServer {
	const dataDir = path.join(dir, name);
	const pgCtl = (args: string[]) => pgTool(bin, user, 'pg_ctl', ['-D', dataDir, ...args]);
	const self: ThrowawayServer = {
		port,
		dataDir,
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		start: () => void pgCtl(['-l', path.join(dir, `${name}.log`), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']),
		stop: (mode = 'fast') => void pgCtl(['-m', mode, '-w', 'stop']),
		stopQuietly() {
			try {
				if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) self.stop('immediate');
			} catch {
				// Already gone.
			}
		}
	};
	return self;
}

export interface Cluster {
	dir: string;
	primary: ThrowawayServer;
	replica?: ThrowawayServer;
	/** Stops every server and removes the folder; safe to call after any failure. */
	cleanup(): void;
}

/**
 * A primary on the first port and, with `replica`, a hot standby of it on the second, streaming
 * from it (pg_basebackup -R: standby.signal and primary_conninfo written for us).
 */
export async function startCluster(bin: string, user: DatabaseUser, options: { replica: boolean; prefix: string }): Promise<Cluster> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), options.prefix));
	const [primaryPort, replicaPort] = await postgresPorts(options.replica ? 2 : 1);
	const primary = server(bin, user, dir, 'primary', primaryPort);
	const cluster: Cluster = {
		dir,
		primary,
		cleanup() {
			cluster.replica?.stopQuietly();
			primary.stopQuietly();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	};
	try {
		if (user.uid !== undefined) fs.chownSync(dir, user.uid, user.gid!);
		pgTool(bin, user, 'initdb', ['-D', primary.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
		if (options.replica) {
			fs.appendFileSync(path.join(primary.dataDir, 'postgresql.conf'), '\nwal_level = replica\nmax_wal_senders = 4\nhot_standby = on\n');
			fs.appendFileSync(path.join(primary.dataDir, 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n');
		}
		primary.start();
		if (options.replica) {
			const replica = server(bin, user, dir, 'replica', replicaPort);
			pgTool(bin, user, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replica.dataDir, '-R', '-X', 'stream', '--no-sync', '-c', 'fast']);
			cluster.replica = replica;
			replica.start();
		}
		return cluster;
	} catch (error) {
		cluster.cleanup();
		throw error;
	}
}
