// Follow-ups from later news (issue 12, item 2): reads newly ingested articles for sentences that
// report progress, delivery or failure, matches them to open pledges (../followups, pure) and stores
// each match as a suggested status update that waits for an editor. Ingestion calls this after each
// batch; editors can also run it over recent articles from /admin/updates. Idempotent: one
// suggestion per pledge and article, ever.
import type { Db } from '../db/connect';
import { findArticlesForFollowups, findOpenPledges, insertFollowupSuggestions, listRecentArticleIds, pledgesWithUpdateFrom } from '../db/queries/pledge-suggestions';
import { DEFAULT_MAX_MONTHS, FOLLOWUP_MATCHER_VERSION, matchFollowups } from '../followups/match-followups';
import { placeWordsOf } from '../followups/place-words';
import { findProgressSentences } from '../followups/progress-sentences';
import { loadGazetteer } from '../resolve/gazetteer';

function monthsBefore(iso: string, months: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() - months);
	return d.toISOString().slice(0, 10);
}

/** Returns how many new suggestions were stored for these articles. */
export async function suggestFollowups(db: Db, articleIds: readonly number[]): Promise<number> {
	const articles = await findArticlesForFollowups(db, articleIds);
	// Most articles report nothing: read the words before asking the database anything.
	const reporting = articles.filter((a) => a.mentions.length > 0 && findProgressSentences(a.body, a.language).length > 0);
	if (reporting.length === 0) return 0;
	const placeWords = placeWordsOf(await loadGazetteer());
	let added = 0;
	for (const article of reporting) {
		const candidates = await findOpenPledges(
			db,
			article.mentions.map((m) => m.institution),
			{ from: monthsBefore(article.publishedOn, DEFAULT_MAX_MONTHS), to: article.publishedOn }
		);
		const pledges = candidates.filter((p) => p.articleId !== article.id);
		const statusOf = new Map(pledges.map((p) => [p.id, p.status]));
		// A report of what the pledge's status already is tells the editor nothing new.
		const matches = matchFollowups(article, pledges, { placeWords }).filter((m) => m.status !== statusOf.get(m.pledgeId));
		const already = await pledgesWithUpdateFrom(db, article.id, matches.map((m) => m.pledgeId));
		added += await insertFollowupSuggestions(db, article, matches.filter((m) => !already.has(m.pledgeId)), FOLLOWUP_MATCHER_VERSION);
	}
	return added;
}

export async function suggestUpdatesForArticle(db: Db, articleId: number): Promise<number> {
	return suggestFollowups(db, [articleId]);
}

export async function suggestUpdatesForRecentArticles(db: Db, limit: number): Promise<number> {
	return suggestFollowups(db, await listRecentArticleIds(db, limit));
}
