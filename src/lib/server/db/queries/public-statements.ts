// The one definition of a publicly visible statement, shared by every read-side query: an editor
// has not rejected it and it does not hang off a syndicated copy (copies carry no statements by
// design; the second condition keeps that true even if one slips through).
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../schema';
import type { Db } from '../connect';

type WithStatementAndArticle = Database & { s: Database['statements']; a: Database['articles'] };

export function publicStatements(db: Db): SelectQueryBuilder<WithStatementAndArticle, 's' | 'a', object> {
	return db
		.selectFrom('statements as s')
		.innerJoin('articles as a', 'a.id', 's.article_id')
		.where('s.review_status', '<>', 'rejected')
		.where('a.duplicate_of', 'is', null);
}

/** Indonesian and English stemming over the article and the statement's own evidence. */
export function matchesText(eb: ExpressionBuilder<WithStatementAndArticle, 's' | 'a'>, q: string) {
	// Expressions match the GIN indexes of the 1620 migration word for word, or they are not used.
	return eb.or([
		sql<boolean>`to_tsvector('indonesian'::regconfig, s.evidence_text) @@ plainto_tsquery('indonesian'::regconfig, ${q})`,
		sql<boolean>`to_tsvector('english'::regconfig, s.evidence_text) @@ plainto_tsquery('english'::regconfig, ${q})`,
		sql<boolean>`a.search_id @@ plainto_tsquery('indonesian'::regconfig, ${q})`,
		sql<boolean>`a.search_en @@ plainto_tsquery('english'::regconfig, ${q})`
	]);
}
