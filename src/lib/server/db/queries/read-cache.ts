// A small in-process cache for expensive aggregate reads (facet counts, result totals) that would
// otherwise scan the statements table on every search, and the data version that it and the page
// cache (hooks/page-cache.ts) key on. The version is a checksum of the rollup (so rejections and
// category edits count), the newest article, statement, status update and audit entry (every
// editor's write leaves one, so a confirmation that changes no count still changes the version).
// An aggregate is reused only while the version is unchanged and for at most 15 seconds, a
// backstop for a write that leaves none of these marks (rows edited by hand in psql).
import { sql } from 'kysely';
import { LruCache } from '../../http/lru';
import type { Db } from '../connect';
import { TODAY_SQL } from './overdue';

const TTL_MS = 15_000;
const MAX_ENTRIES = 500;
/** How long a whole page may trust a version read (hooks/page-cache.ts): under load the version
 *  would otherwise be read for every wave of requests, and on PGlite each read holds the one
 *  session and the event loop. New data showing a second late is a fair price for pages that need
 *  no database at all; the aggregates below keep reading it afresh (an editor's rejection shows at once). */
export const PAGE_VERSION_MAX_AGE_MS = 1000;

interface Entry {
	version: string;
	at: number;
	value: Promise<unknown>;
}
interface DbCache {
	entries: LruCache<string, Entry>;
	/** The latest version read and when it was asked for; settled once it has answered. */
	version?: { value: Promise<string>; askedAt: number; settled: boolean };
	/** The last version a read returned. */
	known?: string;
}

const caches = new WeakMap<Db, DbCache>();

async function readVersion(db: Db): Promise<string> {
	const { rows } = await sql<{ v: string }>`select concat_ws(':',
		(select coalesce(sum(count::bigint * (1 + abs(hashtext(category || kind || month::text)) % 997)), 0) from statement_rollup),
		(select max(id) from statements),
		(select max(id) from articles),
		(select max(id) from pledge_updates),
		(select max(id) from audit_log),
		(select count(*) from statement_rollup),
		-- Overdue flags change at midnight (UTC+7) with no write: the day is part of the version.
		${TODAY_SQL}) as v`.execute(db);
	return rows[0]?.v ?? '';
}

function cacheOf(db: Db): DbCache {
	let cache = caches.get(db);
	if (!cache) caches.set(db, (cache = { entries: new LruCache({ maxEntries: MAX_ENTRIES }) }));
	return cache;
}

export interface VersionOptions {
	/** Reuse a finished read for this long (0: never). */
	maxAgeMs?: number;
	now?: number;
	/**
	 * While a newer read started by another caller is in flight, answer with the last version known
	 * rather than wait for it; the caller that starts a read still waits for it (pages: under load
	 * the read queues behind the pages' own queries, and every visitor of that second waited on it —
	 * seconds, in the deployment run of docs/scaling.md). What is stored under the older version is
	 * then newer than it, never older, and is replaced at the next.
	 */
	staleWhileReading?: boolean;
}

/**
 * The data version. A read in flight is shared by every caller, so a burst costs one query; a
 * finished read is reused for `maxAgeMs` (0: never). The version is read before the data it
 * labels, so what is stored under a version is never older than it.
 */
export function getDataVersion(db: Db, { maxAgeMs = 0, now = Date.now(), staleWhileReading = false }: VersionOptions = {}): Promise<string> {
	const cache = cacheOf(db);
	const last = cache.version;
	const stale = staleWhileReading && cache.known !== undefined ? Promise.resolve(cache.known) : null;
	if (last && !last.settled) return stale ?? last.value;
	if (last && now - last.askedAt < maxAgeMs) return last.value;
	const read = { value: readVersion(db), askedAt: now, settled: false };
	cache.version = read;
	read.value.then(
		(value) => {
			read.settled = true;
			cache.known = value;
		},
		// A failed read (the database restarting) must not be reused.
		() => {
			if (cache.version === read) cache.version = undefined;
		}
	);
	return read.value;
}

export async function cachedRead<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
	const cache = cacheOf(db);
	const now = Date.now();
	const version = await getDataVersion(db, { now });
	const hit = cache.entries.get(key);
	if (hit && hit.version === version && now - hit.at < TTL_MS) return hit.value as Promise<T>;
	const value = compute();
	cache.entries.set(key, { version, at: now, value });
	// A failed read must not be served to the next request.
	value.catch(() => {
		if (cache.entries.get(key)?.value === value) cache.entries.delete(key);
	});
	return value;
}
