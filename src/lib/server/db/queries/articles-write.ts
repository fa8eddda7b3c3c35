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

/** Originals (not copies) whose fingerprint shares one of the given 16-bit bands (4 hex digits
 *  each), or that were published within one of the given date ranges. */
export async function findFingerprintCandidates(
	db: Db,
	bands: [string[], string[], string[], string[]],
	dateRanges: [string, string][]
): Promise<FingerprintCandidate[]> {
	if (bands[0].length === 0) return [];
	const clause = (band: number, values: string[]) =>
		sql<boolean>`substr(fingerprint, ${sql.raw(String(band * 4 + 1))}, 4) in (${sql.join(values)})`;
	const ranges = dateRanges.map(([from, to]) => sql<boolean>`published_on between ${from} and ${to}`);
	const rows = await db
		.selectFrom('articles')
		.select(['id', 'fingerprint', 'published_on'])
		.where('fingerprint', 'is not', null)
		.where('duplicate_of', 'is', null)
		.where(sql<boolean>`(${sql.join([...bands.map((values, band) => clause(band, values)), ...ranges], sql` or `)})`)
		.orderBy('id')
		.execute();
	return rows.map((r) => ({ id: r.id, fingerprint: r.fingerprint!, publishedOn: r.published_on }));
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
