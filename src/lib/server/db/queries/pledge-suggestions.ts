// Queries behind follow-up suggestions (editorial/suggest-updates.ts): what the matcher reads about
// new articles and open pledges, and storing its suggestions once per pledge and article.
import { sql } from 'kysely';
import type { Language, PledgeStatus } from '$lib/domain/vocabulary';
import type { FollowupArticle, FollowupMatch, OpenPledge } from '../../followups/types';
import type { Db } from '../connect';

/** Statuses a later report can still change: no verdict (kept, partly kept, broken) yet. */
export const OPEN_STATUSES: readonly PledgeStatus[] = ['not_yet_rated', 'in_progress', 'stalled'];

export interface ArticleForFollowups extends FollowupArticle {
	id: number;
}

/** Originals (not syndicated copies) with a publication date, with the institutions they name. */
export async function findArticlesForFollowups(db: Db, articleIds: readonly number[]): Promise<ArticleForFollowups[]> {
	if (articleIds.length === 0) return [];
	const [articles, mentions] = await Promise.all([
		db
			.selectFrom('articles')
			.select(['id', 'body', 'language', 'published_on'])
			.where('id', 'in', [...articleIds])
			.where('duplicate_of', 'is', null)
			.where('published_on', 'is not', null)
			.orderBy('id')
			.execute(),
		db.selectFrom('mentions').select(['article_id', 'kind', 'institution_id', 'start', 'end']).where('article_id', 'in', [...articleIds]).execute()
	]);
	return articles.map((a) => ({
		id: a.id,
		body: a.body,
		language: a.language as Language,
		publishedOn: a.published_on!,
		mentions: mentions.filter((m) => m.article_id === a.id && m.institution_id !== null).map((m) => ({ institution: m.institution_id!, start: m.start, end: m.end })),
		names: mentions.filter((m) => m.article_id === a.id && m.kind === 'person').map((m) => ({ start: m.start, end: m.end }))
	}));
}

export interface OpenPledgeRow extends OpenPledge {
	articleId: number;
	status: PledgeStatus;
}

/**
 * Open pledges of these institutions, their parents or their children, stated in [from, to):
 * the candidates a batch of articles may report on. Each carries its institution's relatives.
 */
export async function findOpenPledges(db: Db, institutionIds: readonly number[], range: { from: string; to: string }): Promise<OpenPledgeRow[]> {
	if (institutionIds.length === 0) return [];
	const ids = [...new Set(institutionIds)];
	// The article's institutions with their parents and children: a report about a Dinas may answer its government's pledge.
	const family = await db
		.selectFrom('institutions')
		.select(['id', 'parent_id'])
		.where((eb) => eb.or([eb('id', 'in', ids), eb('parent_id', 'in', ids), eb('id', 'in', eb.selectFrom('institutions as c').select('c.parent_id').where('c.id', 'in', ids).where('c.parent_id', 'is not', null))]))
		.execute();
	const actors = [...new Set(family.map((f) => f.id))];
	const rows = await db
		.selectFrom('statements as s')
		.innerJoin('articles as a', 'a.id', 's.article_id')
		.leftJoin('people as p', 'p.id', 's.speaker_person_id')
		.select(['s.id', 's.article_id', 's.evidence_text', 'a.title', 'p.name as speaker', 's.actor_institution_id', 's.category', 's.amount', 's.stated_on', 's.due_on', 's.status'])
		.where('s.kind', '=', 'pledge')
		.where('s.review_status', '<>', 'rejected')
		.where('s.status', 'in', [...OPEN_STATUSES])
		.where('s.actor_institution_id', 'in', actors)
		.where('s.stated_on', '>=', range.from)
		.where('s.stated_on', '<', range.to)
		.orderBy('s.id')
		.execute();
	const relatives = await db
		.selectFrom('institutions')
		.select(['id', 'parent_id'])
		.where((eb) => eb.or([eb('id', 'in', actors), eb('parent_id', 'in', actors)]))
		.execute();
	const parentOf = new Map(relatives.map((r) => [r.id, r.parent_id]));
	const related = (id: number) => [
		...(parentOf.get(id) ? [parentOf.get(id)!] : []),
		...relatives.filter((r) => r.parent_id === id).map((r) => r.id)
	];
	return rows.map((r) => ({
		id: r.id,
		articleId: r.article_id,
		status: r.status,
		text: r.evidence_text,
		context: r.title,
		speakers: r.speaker ? [r.speaker] : [],
		institution: r.actor_institution_id!,
		related: related(r.actor_institution_id!),
		category: r.category,
		amount: r.amount === null ? null : Number(r.amount),
		statedOn: r.stated_on!,
		dueOn: r.due_on
	}));
}

/** "statement:article" for every update these articles are the source of (an editor's, or an earlier suggestion). */
export async function pledgeUpdatesFrom(db: Db, articleIds: readonly number[]): Promise<Set<string>> {
	if (articleIds.length === 0) return new Set();
	const rows = await db.selectFrom('pledge_updates').select(['statement_id', 'source_article_id']).where('source_article_id', 'in', [...articleIds]).execute();
	return new Set(rows.map((r) => `${r.statement_id}:${r.source_article_id}`));
}

const MAX_REASON = 600;

/** Stores the matches as suggestions; returns how many were new (the unique key makes repeats no-ops). */
export async function insertFollowupSuggestions(
	db: Db,
	article: { id: number; publishedOn: string },
	matches: readonly FollowupMatch[],
	matcherVersion: string
): Promise<number> {
	if (matches.length === 0) return 0;
	const rows = matches.map((m) => ({
		statement_id: m.pledgeId,
		status: m.status,
		effective_on: article.publishedOn,
		// The later sentence itself, in its own language: the public pledge page shows it as the reason.
		reason: `“${m.sentence.text.length > MAX_REASON ? `${m.sentence.text.slice(0, MAX_REASON)}…` : m.sentence.text}”`,
		source_article_id: article.id,
		state: 'suggested' as const,
		confidence: m.confidence,
		quote: m.sentence.text,
		quote_start: m.sentence.start,
		quote_end: m.sentence.end,
		signals: JSON.stringify(m.signals),
		matcher_version: matcherVersion
	}));
	const inserted = await db
		.insertInto('pledge_updates')
		.values(rows)
		.onConflict((oc) => oc.columns(['statement_id', 'source_article_id']).where(sql.ref('matcher_version'), 'is not', null).doNothing())
		.returning('id')
		.execute();
	return inserted.length;
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
