// Sorts a batch into new articles, exact duplicates (same text or canonical URL as something
// stored or earlier in the batch) and near-duplicates (a stored or earlier article's SimHash
// within a few bits): copies are linked to the first, never counted twice.
import type { Db } from '../db/connect';
import { findArticlesByIdentity, findFingerprintCandidates } from '../db/queries/articles-write';
import { fingerprintBands, isNearDuplicate, SAME_WEEK_DAYS } from './fingerprint';
import type { NormalizedArticle } from './types';

export type Verdict =
	| { kind: 'new' }
	| { kind: 'duplicate' }
	/** A copy of a stored article (`id`) or of an earlier new article in the same batch (`index`). */
	| { kind: 'near_duplicate'; id: number | null; index: number | null };

/** The batch's publication dates widened by the same-week window and merged into few ranges. */
function dateRanges(articles: NormalizedArticle[]): [string, string][] {
	const days = [...new Set(articles.map((a) => a.publishedOn).filter((d): d is string => d !== null))].sort();
	const shift = (day: string, by: number) => new Date(Date.parse(day) + by * 86_400_000).toISOString().slice(0, 10);
	const ranges: [string, string][] = [];
	for (const day of days) {
		const [from, to] = [shift(day, -SAME_WEEK_DAYS), shift(day, SAME_WEEK_DAYS)];
		const last = ranges[ranges.length - 1];
		if (last && from <= last[1]) last[1] = to;
		else ranges.push([from, to]);
	}
	return ranges;
}

export async function classifyBatch(db: Db, articles: NormalizedArticle[]): Promise<Verdict[]> {
	const existing = await findArticlesByIdentity(
		db,
		[...new Set(articles.map((a) => a.contentHash))],
		[...new Set(articles.map((a) => a.canonicalUrl).filter((u): u is string => u !== null))]
	);
	const storedHashes = new Set(existing.map((e) => e.contentHash));
	const storedUrls = new Set(existing.map((e) => e.canonicalUrl));
	const bands: [string[], string[], string[], string[]] = [[], [], [], []];
	for (const a of articles) if (a.fingerprint) fingerprintBands(a.fingerprint).forEach((b, i) => bands[i].push(b));
	const candidates = await findFingerprintCandidates(db, bands.map((b) => [...new Set(b)]) as typeof bands, dateRanges(articles));

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
