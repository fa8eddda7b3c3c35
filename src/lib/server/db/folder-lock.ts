// PGlite has no cross-process lock: two processes writing one data folder silently lose writes.
// This lock file next to the folder says which live process holds it and, for a server, on which
// local port it shares the database with command-line tools.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockInfo {
	pid: number;
	hostname: string;
	role: 'server' | 'tool';
	command: string;
	/** Port on 127.0.0.1 where a server shares the database; null while starting or for tools. */
	port: number | null;
	startedAt: string;
}

export class FolderInUseError extends Error {
	constructor(
		readonly dataDir: string,
		readonly holder: LockInfo
	) {
		super(
			`The embedded database folder ${dataDir} is in use by process ${holder.pid} ` +
				`(${holder.command}, since ${holder.startedAt}).`
		);
		this.name = 'FolderInUseError';
	}
}

export function lockPathFor(dataDir: string): string {
	return `${dataDir}.lock`;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export function readLock(dataDir: string): LockInfo | null {
	try {
		return JSON.parse(fs.readFileSync(lockPathFor(dataDir), 'utf8')) as LockInfo;
	} catch {
		return null;
	}
}

export interface FolderLock {
	info: LockInfo;
	setPort(port: number): void;
	release(): void;
}

/** Takes the folder or throws FolderInUseError naming the live holder. Stale locks are replaced. */
export function acquireFolderLock(dataDir: string, role: LockInfo['role'], command: string): FolderLock {
	const file = lockPathFor(dataDir);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const info: LockInfo = { pid: process.pid, hostname: os.hostname(), role, command, port: null, startedAt: new Date().toISOString() };

	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			const fd = fs.openSync(file, 'wx');
			fs.writeSync(fd, JSON.stringify(info));
			fs.closeSync(fd);
			const release = () => {
				if (readLock(dataDir)?.pid === process.pid) fs.rmSync(file, { force: true });
				process.off('exit', release);
			};
			// A crash that skips close() must not leave a lock that looks alive: the pid check covers
			// a killed process; this covers a normal exit that forgot to close.
			process.on('exit', release);
			return {
				info,
				setPort(port) {
					info.port = port;
					// Write then rename, so a reader never sees half a file.
					fs.writeFileSync(`${file}.tmp`, JSON.stringify(info));
					fs.renameSync(`${file}.tmp`, file);
				},
				release
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = readLock(dataDir);
		// A lock from another host cannot be checked for liveness, so it is respected, not broken.
		if (holder && (holder.hostname !== os.hostname() || isAlive(holder.pid))) {
			throw new FolderInUseError(dataDir, holder);
		}
		if (holder === null && attempt === 0) {
			// Possibly being written right now by another process: look again before calling it stale.
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
			continue;
		}
		fs.rmSync(file, { force: true });
	}
	throw new Error(`Could not take the lock ${file}; remove it if no Pledgewatch process is running.`);
}
