// The write side of articles: outlets, identity lookups for dedupe, batch inserts, and the
// article list re-extraction walks.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { NewArticleRow } from '../schema';

export interface ExistingArticle {
	id: number;
	contentHash: string;
	canonicalUrl: string | null;
}

/** Creates missing outlets and returns every domain's id. */
export async function upsertOutlets(db: Db, outlets: { domain: string; name: string }[]): Promise<Map<string, number>> {
	const ids = new Map<string, number>();
	if (outlets.length === 0) return ids;
	const unique = [...new Map(outlets.map((o) => [o.domain, o])).values()];
	await db.insertInto('outlets').values(unique).onConflict((oc) => oc.column('domain').doNothing()).execute();
	const rows = await db.selectFrom('outlets').select(['id', 'domain']).where('domain', 'in', unique.map((o) => o.domain)).execute();
	for (const row of rows) ids.set(row.domain, row.id);
	return ids;
}

/** Articles already stored with one of these content hashes or canonical URLs. */
export async function findArticlesByIdentity(db: Db, hashes: string[], canonicalUrls: string[]): Promise<ExistingArticle[]> {
	if (hashes.length === 0 && canonicalUrls.length === 0) return [];
	const rows = await db
		.selectFrom('articles')
		.select(['id', 'content_hash', 'canonical_url'])
		.where((eb) =>
			eb.or([
				...(hashes.length ? [eb('content_hash', 'in', hashes)] : []),
				...(canonicalUrls.length ? [eb('canonical_url', 'in', canonicalUrls)] : [])
			])
		)
		.execute();
	return rows.map((r) => ({ id: r.id, contentHash: r.content_hash, canonicalUrl: r.canonical_url }));
}

export interface FingerprintCandidate {
	id: number;
	fingerprint: string;
	publishedOn: string | null;
}

export interface FingerprintProbe {
	fingerprint: string;
	publishedOn: string | null;
}

export interface NearDuplicateLimits {
	/** Bits that may differ at any distance in time (found through the four 16-bit band indexes). */
	anyTime: number;
	/** Bits that may differ between articles published at most `days` apart (found by date). */
	sameWeek: number;
	days: number;
}

/**
 * Originals (not copies) within the limits of at least one probe: the candidates the caller's own
 * near-duplicate test then decides on. Each probe is paired with its matches here, in SQL, so the
 * answer is the handful of real copies, not every article sharing a band value or a week with any
 * article of the batch (that grew with the archive and made ingest slow down as it filled).
 */
export async function findFingerprintCandidates(db: Db, probes: FingerprintProbe[], limits: NearDuplicateLimits): Promise<FingerprintCandidate[]> {
	if (probes.length === 0) return [];
	const fingerprints = probes.map((p) => p.fingerprint);
	const days = probes.map((p) => p.publishedOn);
	const distance = sql`bit_count(('x' || a.fingerprint)::bit(64) # ('x' || b.fingerprint)::bit(64))`;
	const originals = sql`a.fingerprint is not null and a.duplicate_of is null`;
	// One arm per band plus one for the same-week limit, each a lateral lookup per probe that
	// `offset 0` keeps from being flattened into a join, so each is answered by an index (the
	// band's expression index, the date index); as plain joins they were planned as four full
	// scans of the table at 45k articles.
	const bandArm = (band: number) => {
		const at = sql.raw(String(band * 4 + 1));
		return sql`select m.* from probes b cross join lateral (select a.id, a.fingerprint, a.published_on from articles a
			where substr(a.fingerprint, ${at}, 4) = substr(b.fingerprint, ${at}, 4) and ${originals} and ${distance} <= ${limits.anyTime} offset 0) m`;
	};
	const weekArm = sql`select m.* from probes b cross join lateral (select a.id, a.fingerprint, a.published_on from articles a
		where a.published_on between b.published_on - ${limits.days}::int and b.published_on + ${limits.days}::int
		and ${originals} and ${distance} <= ${limits.sameWeek} offset 0) m`;
	const result = await db.transaction().execute(async (trx) => {
		// The planner prices 200 index lookups like a large query and JIT-compiles it: measured 0.9 s
		// of compiling for 0.1 s of work. Nothing here gains from JIT.
		await sql`set local jit = off`.execute(trx);
		return sql<{ id: number; fingerprint: string; published_on: string | null }>`
			with probes as (select * from unnest(${fingerprints}::text[], ${days}::date[]) as p(fingerprint, published_on))
			${sql.join([0, 1, 2, 3].map(bandArm), sql` union `)} union ${weekArm} order by id`.execute(trx);
	});
	return result.rows.map((r) => ({ id: r.id, fingerprint: r.fingerprint, publishedOn: r.published_on }));
}

/** Samples the articles table anew for the planner (what autovacuum does, but now). */
export async function refreshArticleStatistics(db: Db): Promise<void> {
	await sql`analyze articles`.execute(db);
}

/** Inserts articles; rows whose hash or canonical URL another writer stored meanwhile are skipped. */
export async function insertArticles(db: Db, rows: NewArticleRow[]): Promise<{ id: number; contentHash: string }[]> {
	if (rows.length === 0) return [];
	const inserted = await db
		.insertInto('articles')
		.values(rows)
		.onConflict((oc) => oc.doNothing())
		.returning(['id', 'content_hash'])
		.execute();
	return inserted.map((r) => ({ id: r.id, contentHash: r.content_hash }));
}

export interface StoredArticle {
	id: number;
	url: string | null;
	title: string | null;
	body: string;
	language: 'id' | 'en';
	publishedOn: string | null;
	isDemo: boolean;
}

/** Originals in id order after `afterId`: the pages re-extraction walks. */
export async function listArticlesForExtraction(db: Db, afterId: number, limit: number): Promise<StoredArticle[]> {
	const rows = await db
		.selectFrom('articles')
		.select(['id', 'url', 'title', 'body', 'language', 'published_on', 'is_demo'])
		.where('duplicate_of', 'is', null)
		.where('id', '>', afterId)
		.orderBy('id')
		.limit(limit)
		.execute();
	return rows.map((r) => ({ id: r.id, url: r.url, title: r.title, body: r.body, language: r.language, publishedOn: r.published_on, isDemo: r.is_demo }));
}

export async function setExtractorVersion(db: Db, articleId: number, version: string): Promise<void> {
	await db.updateTable('articles').set({ extractor_version: version }).where('id', '=', articleId).execute();
}

export async function countArticles(db: Db): Promise<number> {
	const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(row.n);
}
