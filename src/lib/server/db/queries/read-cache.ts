// A small in-process cache for expensive aggregate reads (facet counts, result totals) that would
// otherwise scan the statements table on every search. An entry is reused only while the data
// version is unchanged — a checksum of the rollup (so rejections and category edits count), the
// newest article, statement and status update — and for at most 15 seconds, so a review that
// changes no count (confirming a statement) shows within that time.
import { sql } from 'kysely';
import type { Db } from '../connect';

const TTL_MS = 15_000;
const MAX_ENTRIES = 500;

interface Entry {
	version: string;
	at: number;
	value: Promise<unknown>;
}
interface DbCache {
	entries: Map<string, Entry>;
	/** The version query in flight: the parallel reads of one page share it, later requests ask again. */
	version?: Promise<string>;
}

const caches = new WeakMap<Db, DbCache>();

async function readVersion(db: Db): Promise<string> {
	const { rows } = await sql<{ v: string }>`select concat_ws(':',
		(select coalesce(sum(count::bigint * (1 + abs(hashtext(category || kind || month::text)) % 997)), 0) from statement_rollup),
		(select max(id) from statements),
		(select max(id) from articles),
		(select max(id) from pledge_updates),
		(select count(*) from statement_rollup)) as v`.execute(db);
	return rows[0]?.v ?? '';
}

function dataVersion(db: Db, cache: DbCache): Promise<string> {
	if (!cache.version) {
		const pending = readVersion(db);
		cache.version = pending;
		const clear = () => {
			if (cache.version === pending) cache.version = undefined;
		};
		pending.then(clear, clear);
	}
	return cache.version;
}

export async function cachedRead<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
	let cache = caches.get(db);
	if (!cache) caches.set(db, (cache = { entries: new Map() }));
	const now = Date.now();
	const version = await dataVersion(db, cache);
	const hit = cache.entries.get(key);
	if (hit && hit.version === version && now - hit.at < TTL_MS) return hit.value as Promise<T>;
	const value = compute();
	cache.entries.set(key, { version, at: now, value });
	// A failed read must not be served to the next request.
	value.catch(() => cache.entries.delete(key));
	if (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value as string);
	return value;
}
