// Suggests status updates: a later article's delivery sentence becomes a candidate update
// ('suggested', waiting for an editor) for earlier pledges of the institutions the article names,
// on the same topic. Ingestion may call this after storing an article; editors can also run it
// over recent articles from /admin/updates.
import type { Db } from '../db/connect';
import { findArticleForSuggestions, findMatchingPledges, insertSuggestionIfNew, listRecentArticleIds } from '../db/queries/pledge-suggestions';
import { findDeliverySentences } from './delivery-sentences';

const MAX_REASON = 600;

/** Returns how many new suggestions were stored. Idempotent: one suggestion per pledge and article. */
export async function suggestUpdatesForArticle(db: Db, articleId: number): Promise<number> {
	const article = await findArticleForSuggestions(db, articleId);
	if (!article || !article.publishedOn || !article.institutionIds.length) return 0;
	let added = 0;
	for (const sentence of findDeliverySentences(article.body)) {
		const pledges = await findMatchingPledges(db, {
			institutionIds: article.institutionIds,
			categories: sentence.categories,
			before: article.publishedOn,
			excludeArticleId: article.id
		});
		const quote = sentence.text.length > MAX_REASON ? `${sentence.text.slice(0, MAX_REASON)}…` : sentence.text;
		for (const statementId of pledges) {
			const inserted = await insertSuggestionIfNew(db, {
				statementId,
				sourceArticleId: article.id,
				effectiveOn: article.publishedOn,
				reason: `A later article reports delivery (“${sentence.cue}”): ${quote}`
			});
			if (inserted) added++;
		}
	}
	return added;
}

export async function suggestUpdatesForRecentArticles(db: Db, limit: number): Promise<number> {
	let added = 0;
	for (const id of await listRecentArticleIds(db, limit)) added += await suggestUpdatesForArticle(db, id);
	return added;
}
