// Follow-ups from later news (issue 12, item 2): reads newly ingested articles for sentences that
// report progress, delivery or failure, matches them to open pledges (../followups, pure) and stores
// each match as a suggested status update that waits for an editor. Ingestion calls this after each
// batch; editors can also run it over recent articles from /admin/updates. Idempotent: one
// suggestion per pledge and article, ever.
import type { Db } from '../db/connect';
import { findArticlesForFollowups, findOpenPledges, insertFollowupSuggestions, listRecentArticleIds, pledgeUpdatesFrom } from '../db/queries/pledge-suggestions';
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
	// One read of the candidates for the whole batch; each article then takes its own window.
	const dates = reporting.map((a) => a.publishedOn).sort();
	const candidates = await findOpenPledges(
		db,
		reporting.flatMap((a) => a.mentions.map((m) => m.institution)),
		{ from: monthsBefore(dates[0], DEFAULT_MAX_MONTHS), to: dates[dates.length - 1] }
	);
	const already = await pledgeUpdatesFrom(db, reporting.map((a) => a.id));
	let added = 0;
	for (const article of reporting) {
		const named = new Set(article.mentions.map((m) => m.institution));
		const pledges = candidates.filter(
			(p) => p.articleId !== article.id && p.statedOn < article.publishedOn && (named.has(p.institution) || p.related.some((r) => named.has(r)))
		);
		if (pledges.length === 0) continue;
		const statusOf = new Map(pledges.map((p) => [p.id, p.status]));
		const matches = matchFollowups(article, pledges, { placeWords }).filter(
			// A report of what the pledge's status already is tells the editor nothing new; an update
			// from this article (an editor's, or an earlier suggestion) is not made twice.
			(m) => m.status !== statusOf.get(m.pledgeId) && !already.has(`${m.pledgeId}:${article.id}`)
		);
		added += await insertFollowupSuggestions(db, article, matches, FOLLOWUP_MATCHER_VERSION);
	}
	return added;
}

export async function suggestUpdatesForArticle(db: Db, articleId: number): Promise<number> {
	return suggestFollowups(db, [articleId]);
}

export async function suggestUpdatesForRecentArticles(db: Db, limit: number): Promise<number> {
	return suggestFollowups(db, await listRecentArticleIds(db, limit));
}
