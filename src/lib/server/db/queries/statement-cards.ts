// A statement as lists show it (quote, who, when, what kind): one query shape reused by the
// overview, profiles, search results and article pages.
import type { AmountQualifier, Category, PledgeStatus, ReviewStatus, StatementKind, Strength } from '$lib/domain/vocabulary';
import type { Db } from '../connect';
import { overdueSql } from './overdue';
import { publicStatements } from './public-statements';

export interface InstitutionRef {
	slug: string;
	name: string;
}

export interface StatementCard {
	id: number;
	kind: StatementKind;
	category: Category;
	strength: Strength;
	status: PledgeStatus;
	reviewStatus: ReviewStatus;
	confidence: number;
	statedOn: string | null;
	/** The deadline the statement states (YYYY-MM-DD), and its words; null when it states none. */
	dueOn: string | null;
	duePhrase: string | null;
	/** Deadline passed with no verdict, as of the read (see ./overdue.ts). */
	overdue: boolean;
	evidenceText: string;
	evidenceStart: number;
	evidenceEnd: number;
	amount: number | null;
	amountQualifier: AmountQualifier | null;
	actor: InstitutionRef | null;
	target: InstitutionRef | null;
	targetText: string | null;
	speakerName: string | null;
	speakerRole: string | null;
	articleId: number;
	articleTitle: string | null;
	publishedOn: string | null;
	outletName: string | null;
	/** The other statements of the same sentence (another category of it), in id order. */
	also: SentenceSibling[];
}

export interface SentenceSibling {
	id: number;
	category: Category;
}

export interface CardQuery {
	kind?: StatementKind;
	actorId?: number;
	articleId?: number;
	/** Exactly these statements, returned in this order. */
	ids?: number[];
	limit?: number;
}

export async function findStatementCards(db: Db, query: CardQuery): Promise<StatementCard[]> {
	if (query.ids && query.ids.length === 0) return [];
	let q = publicStatements(db)
		.leftJoin('institutions as actor', 'actor.id', 's.actor_institution_id')
		.leftJoin('institutions as target', 'target.id', 's.target_institution_id')
		.leftJoin('people as p', 'p.id', 's.speaker_person_id')
		.leftJoin('outlets as o', 'o.id', 'a.outlet_id')
		.select([
			's.id',
			's.kind',
			's.category',
			's.strength',
			's.status',
			's.review_status',
			's.confidence',
			's.stated_on',
			's.due_on',
			's.due_phrase',
			overdueSql().as('overdue'),
			's.evidence_text',
			's.evidence_start',
			's.evidence_end',
			's.amount',
			's.amount_qualifier',
			's.target_text',
			's.speaker_role',
			's.article_id',
			'actor.slug as actor_slug',
			'actor.name as actor_name',
			'target.slug as target_slug',
			'target.name as target_name',
			'p.name as speaker_name',
			'a.title',
			'a.published_on',
			'o.name as outlet_name'
		]);
	if (query.kind) q = q.where('s.kind', '=', query.kind);
	if (query.actorId !== undefined) q = q.where('s.actor_institution_id', '=', query.actorId);
	if (query.articleId !== undefined) q = q.where('s.article_id', '=', query.articleId);
	if (query.ids) q = q.where('s.id', 'in', query.ids);
	if (query.articleId !== undefined) q = q.orderBy('s.evidence_start').orderBy('s.id');
	else q = q.orderBy('s.stated_on', (o) => o.desc().nullsLast()).orderBy('s.id', 'desc');
	if (query.limit) q = q.limit(query.limit);
	const rows = await q.execute();
	const cards = rows.map(
		(r): StatementCard => ({
			id: r.id,
			kind: r.kind,
			category: r.category,
			strength: r.strength,
			status: r.status,
			reviewStatus: r.review_status,
			confidence: r.confidence,
			statedOn: r.stated_on,
			dueOn: r.due_on,
			duePhrase: r.due_phrase,
			overdue: r.overdue === true,
			evidenceText: r.evidence_text,
			evidenceStart: r.evidence_start,
			evidenceEnd: r.evidence_end,
			amount: r.amount,
			amountQualifier: r.amount_qualifier,
			actor: r.actor_slug && r.actor_name ? { slug: r.actor_slug, name: r.actor_name } : null,
			target: r.target_slug && r.target_name ? { slug: r.target_slug, name: r.target_name } : null,
			targetText: r.target_text,
			speakerName: r.speaker_name,
			speakerRole: r.speaker_role,
			articleId: r.article_id,
			articleTitle: r.title,
			publishedOn: r.published_on,
			outletName: r.outlet_name,
			also: []
		})
	);
	if (!query.ids) return cards;
	const order = new Map(query.ids.map((id, i) => [id, i]));
	return cards.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

const sentenceOf = (c: StatementCard) => [c.kind, c.articleId, c.actor?.slug ?? '-', c.evidenceStart, c.evidenceEnd].join(':');

/**
 * One card per sentence, in the order of each sentence's first card: the cards of the same
 * evidence, actor and article (one sentence given two categories) become the one with the lowest
 * id, with the others' ids and categories in `also` (same rule as sentenceKeySql in the SQL).
 */
export function mergeSentenceCards(cards: StatementCard[]): StatementCard[] {
	const bySentence = new Map<string, StatementCard[]>();
	for (const card of cards) {
		const key = sentenceOf(card);
		const group = bySentence.get(key);
		if (group) group.push(card);
		else bySentence.set(key, [card]);
	}
	return [...bySentence.values()].map((group) => {
		const [first, ...rest] = [...group].sort((a, b) => a.id - b.id);
		return { ...first, also: rest.map((c) => ({ id: c.id, category: c.category })) };
	});
}

/** Every statement a card stands for: its own and its sentence siblings'. */
export const statementIdsOf = (card: StatementCard): number[] => [card.id, ...card.also.map((a) => a.id)];
