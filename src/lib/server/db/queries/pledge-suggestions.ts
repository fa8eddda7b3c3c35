// Queries behind suggested status updates (see editorial/suggest-updates.ts).
import type { Category } from '$lib/domain/vocabulary';
import type { Db } from '../connect';

export interface ArticleForSuggestions {
	id: number;
	body: string;
	publishedOn: string | null;
	/** Institutions the article names (mentions) or quotes (statement actors). */
	institutionIds: number[];
}

export async function findArticleForSuggestions(db: Db, articleId: number): Promise<ArticleForSuggestions | null> {
	const article = await db
		.selectFrom('articles')
		.select(['id', 'body', 'published_on'])
		.where('id', '=', articleId)
		.where('duplicate_of', 'is', null)
		.executeTakeFirst();
	if (!article) return null;
	const [mentioned, actors] = await Promise.all([
		db.selectFrom('mentions').select('institution_id').where('article_id', '=', articleId).where('institution_id', 'is not', null).execute(),
		db.selectFrom('statements').select('actor_institution_id').where('article_id', '=', articleId).where('actor_institution_id', 'is not', null).execute()
	]);
	const ids = new Set<number>([...mentioned.map((m) => m.institution_id!), ...actors.map((a) => a.actor_institution_id!)]);
	return { id: article.id, body: article.body, publishedOn: article.published_on, institutionIds: [...ids] };
}

/** Open pledges (not rejected, not yet settled) of these institutions on these topics, stated before `before`. */
export async function findMatchingPledges(
	db: Db,
	match: { institutionIds: number[]; categories: Category[]; before: string; excludeArticleId: number }
): Promise<number[]> {
	const rows = await db
		.selectFrom('statements')
		.select('id')
		.where('kind', '=', 'pledge')
		.where('review_status', '<>', 'rejected')
		.where('status', 'in', ['not_yet_rated', 'in_progress'])
		.where('actor_institution_id', 'in', match.institutionIds)
		.where('category', 'in', match.categories)
		.where('stated_on', '<', match.before)
		.where('article_id', '<>', match.excludeArticleId)
		.orderBy('id')
		.limit(50)
		.execute();
	return rows.map((r) => r.id);
}

export async function insertSuggestionIfNew(
	db: Db,
	s: { statementId: number; sourceArticleId: number; effectiveOn: string; reason: string }
): Promise<boolean> {
	const existing = await db
		.selectFrom('pledge_updates')
		.select('id')
		.where('statement_id', '=', s.statementId)
		.where('source_article_id', '=', s.sourceArticleId)
		.executeTakeFirst();
	if (existing) return false;
	await db
		.insertInto('pledge_updates')
		.values({
			statement_id: s.statementId,
			status: 'in_progress',
			effective_on: s.effectiveOn,
			reason: s.reason,
			source_article_id: s.sourceArticleId,
			state: 'suggested'
		})
		.execute();
	return true;
}

export async function listRecentArticleIds(db: Db, limit: number): Promise<number[]> {
	const rows = await db
		.selectFrom('articles')
		.select('id')
		.where('duplicate_of', 'is', null)
		.where('published_on', 'is not', null)
		.orderBy('published_on', 'desc')
		.orderBy('id', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => r.id);
}
