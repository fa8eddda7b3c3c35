// The queue of suggested status updates (/admin/updates): each suggestion with the pledge's quote
// and the later article's sentence side by side, most confident first.
import type { PledgeStatus } from '$lib/domain/vocabulary';
import type { Db } from '../connect';

export interface QueuedSuggestion {
	id: number;
	status: PledgeStatus;
	effectiveOn: string;
	confidence: number | null;
	signals: string[];
	/** The later article's sentence; null for suggestions made before quotes were kept. */
	quote: string | null;
	reason: string;
	source: { id: number; title: string | null; url: string | null; outlet: string | null; publishedOn: string | null } | null;
	pledge: {
		id: number;
		evidenceText: string;
		status: PledgeStatus;
		actorName: string | null;
		statedOn: string | null;
		dueOn: string | null;
		articleId: number;
		articleTitle: string | null;
	};
}

export async function listQueuedSuggestions(db: Db, options: { limit: number; offset: number }): Promise<QueuedSuggestion[]> {
	const rows = await db
		.selectFrom('pledge_updates as u')
		.innerJoin('statements as s', 's.id', 'u.statement_id')
		.innerJoin('articles as pa', 'pa.id', 's.article_id')
		.leftJoin('institutions as i', 'i.id', 's.actor_institution_id')
		.leftJoin('articles as a', 'a.id', 'u.source_article_id')
		.leftJoin('outlets as o', 'o.id', 'a.outlet_id')
		.select([
			'u.id',
			'u.status',
			'u.effective_on',
			'u.confidence',
			'u.signals',
			'u.quote',
			'u.reason',
			'a.id as source_id',
			'a.title as source_title',
			'a.url as source_url',
			'a.published_on as source_published_on',
			'o.name as outlet_name',
			's.id as statement_id',
			's.evidence_text',
			's.status as pledge_status',
			's.stated_on',
			's.due_on',
			'i.name as actor_name',
			'pa.id as pledge_article_id',
			'pa.title as pledge_article_title'
		])
		.where('u.state', '=', 'suggested')
		.where('s.review_status', '<>', 'rejected')
		// Most confident first; editors' older suggestions without a confidence last.
		.orderBy('u.confidence', (ob) => ob.desc().nullsLast())
		.orderBy('u.id')
		.limit(options.limit)
		.offset(options.offset)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		status: r.status,
		effectiveOn: r.effective_on,
		confidence: r.confidence,
		signals: Array.isArray(r.signals) ? r.signals : [],
		quote: r.quote,
		reason: r.reason,
		source: r.source_id === null ? null : { id: r.source_id, title: r.source_title, url: r.source_url, outlet: r.outlet_name, publishedOn: r.source_published_on },
		pledge: {
			id: r.statement_id,
			evidenceText: r.evidence_text,
			status: r.pledge_status,
			actorName: r.actor_name,
			statedOn: r.stated_on,
			dueOn: r.due_on,
			articleId: r.pledge_article_id,
			articleTitle: r.pledge_article_title
		}
	}));
}

export async function countQueuedSuggestions(db: Db): Promise<number> {
	const row = await db
		.selectFrom('pledge_updates as u')
		.innerJoin('statements as s', 's.id', 'u.statement_id')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('u.state', '=', 'suggested')
		.where('s.review_status', '<>', 'rejected')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
