// One article as the public page shows it: text, source, its public statements and its copies.
import type { Db } from '../connect';
import { findStatementCards, type StatementCard } from './statement-cards';

export interface ArticleRef {
	id: number;
	title: string | null;
	publishedOn: string | null;
	outletName: string | null;
}

export interface ArticleDetail {
	id: number;
	title: string | null;
	body: string;
	url: string | null;
	language: string;
	publishedOn: string | null;
	outletName: string | null;
	outletDomain: string | null;
	isDemo: boolean;
	/** Set when this article is a syndicated copy: the first-seen original. */
	original: ArticleRef | null;
	/** Other copies of the same story (of this article, or of its original). */
	copies: ArticleRef[];
	statements: StatementCard[];
}

export async function getArticleDetail(db: Db, id: number): Promise<ArticleDetail | null> {
	const row = await db
		.selectFrom('articles as a')
		.leftJoin('outlets as o', 'o.id', 'a.outlet_id')
		.select(['a.id', 'a.title', 'a.body', 'a.url', 'a.canonical_url', 'a.language', 'a.published_on', 'a.is_demo', 'a.duplicate_of', 'o.name', 'o.domain'])
		.where('a.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const rootId = row.duplicate_of ?? row.id;
	const [related, statements] = await Promise.all([
		db
			.selectFrom('articles as a')
			.leftJoin('outlets as o', 'o.id', 'a.outlet_id')
			.select(['a.id', 'a.title', 'a.published_on', 'a.duplicate_of', 'o.name'])
			.where((eb) => eb.or([eb('a.duplicate_of', '=', rootId), eb('a.id', '=', rootId)]))
			.where('a.id', '<>', row.id)
			.orderBy('a.published_on')
			.orderBy('a.id')
			.limit(50)
			.execute(),
		findStatementCards(db, { articleId: row.id })
	]);
	const ref = (r: (typeof related)[number]): ArticleRef => ({ id: r.id, title: r.title, publishedOn: r.published_on, outletName: r.name });
	const originalRow = row.duplicate_of ? related.find((r) => r.id === row.duplicate_of) : undefined;
	return {
		id: row.id,
		title: row.title,
		body: row.body,
		url: row.canonical_url ?? row.url,
		language: row.language,
		publishedOn: row.published_on,
		outletName: row.name,
		outletDomain: row.domain,
		isDemo: row.is_demo,
		original: originalRow ? ref(originalRow) : null,
		copies: related.filter((r) => r.id !== row.duplicate_of).map(ref),
		statements
	};
}
