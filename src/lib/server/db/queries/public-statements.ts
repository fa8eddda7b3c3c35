// The one definition of a publicly visible statement, shared by every read-side query: an editor
// has not rejected it and it does not hang off a syndicated copy (copies carry no statements by
// design; the second condition keeps that true even if one slips through).
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../schema';
import type { Db } from '../connect';

type WithStatementAndArticle = Database & { s: Database['statements']; a: Database['articles'] };

/**
 * `samplePercent` keeps the statements of a repeatable sample of that share of the articles' pages
 * (./count-sample.ts: estimates for broad selections); the number is ours, never user input.
 */
export function publicStatements(db: Db, samplePercent?: number): SelectQueryBuilder<WithStatementAndArticle, 's' | 'a', object> {
	const q = db.selectFrom('statements as s').innerJoin('articles as a', 'a.id', 's.article_id');
	const sampled =
		samplePercent === undefined
			? q
			: q.where(sql<boolean>`a.id in (select id from articles tablesample system (${sql.lit(Number(samplePercent.toFixed(4)))}) repeatable (1))`);
	return sampled
		.where('s.review_status', '<>', 'rejected')
		.where('a.duplicate_of', 'is', null);
}

/**
 * Indonesian and English stemming ("membina" finds "pembinaan"). Matched through the article's
 * generated vectors and their GIN indexes: a statement's evidence is a span of its article's body,
 * so every statement whose own words match is found. Computing a tsvector of the evidence per row
 * instead cost ~25 µs a row (seconds at a million statements) for the common words people search.
 */
export function matchesText(eb: ExpressionBuilder<WithStatementAndArticle, 's' | 'a'>, q: string) {
	return eb.or([
		sql<boolean>`a.search_id @@ plainto_tsquery('indonesian'::regconfig, ${q})`,
		sql<boolean>`a.search_en @@ plainto_tsquery('english'::regconfig, ${q})`
	]);
}
