// Sorts a batch into new articles, exact duplicates (same text or canonical URL as something
// stored or earlier in the batch) and near-duplicates (a stored or earlier article's SimHash
// within a few bits): copies are linked to the first, never counted twice.
import type { Db } from '../db/connect';
import { findArticlesByIdentity, findFingerprintCandidates } from '../db/queries/articles-write';
import { isNearDuplicate, NEAR_DUPLICATE_BITS, NEAR_DUPLICATE_BITS_SAME_WEEK, SAME_WEEK_DAYS } from './fingerprint';
import type { NormalizedArticle } from './types';

export type Verdict =
	| { kind: 'new' }
	| { kind: 'duplicate' }
	/** A copy of a stored article (`id`) or of an earlier new article in the same batch (`index`). */
	| { kind: 'near_duplicate'; id: number | null; index: number | null };

export async function classifyBatch(db: Db, articles: NormalizedArticle[]): Promise<Verdict[]> {
	const existing = await findArticlesByIdentity(
		db,
		[...new Set(articles.map((a) => a.contentHash))],
		[...new Set(articles.map((a) => a.canonicalUrl).filter((u): u is string => u !== null))]
	);
	const storedHashes = new Set(existing.map((e) => e.contentHash));
	const storedUrls = new Set(existing.map((e) => e.canonicalUrl));
	const probes = articles.flatMap((a) => (a.fingerprint ? [{ fingerprint: a.fingerprint, publishedOn: a.publishedOn }] : []));
	const candidates = await findFingerprintCandidates(db, probes, { anyTime: NEAR_DUPLICATE_BITS, sameWeek: NEAR_DUPLICATE_BITS_SAME_WEEK, days: SAME_WEEK_DAYS });

	const batchHashes = new Set<string>();
	const batchUrls = new Set<string>();
	const batchOriginals: { index: number; fingerprint: string; publishedOn: string | null }[] = [];
	return articles.map((article, index): Verdict => {
		const { contentHash, canonicalUrl, fingerprint } = article;
		if (storedHashes.has(contentHash) || batchHashes.has(contentHash) || (canonicalUrl && (storedUrls.has(canonicalUrl) || batchUrls.has(canonicalUrl)))) {
			return { kind: 'duplicate' };
		}
		batchHashes.add(contentHash);
		if (canonicalUrl) batchUrls.add(canonicalUrl);
		if (fingerprint) {
			const self = { fingerprint, publishedOn: article.publishedOn };
			const stored = candidates.find((c) => isNearDuplicate(c, self));
			if (stored) return { kind: 'near_duplicate', id: stored.id, index: null };
			const earlier = batchOriginals.find((c) => isNearDuplicate(c, self));
			if (earlier) return { kind: 'near_duplicate', id: null, index: earlier.index };
			batchOriginals.push({ index, ...self });
		}
		return { kind: 'new' };
	});
}
