// Cards (a statement as lists show it) for the overview, profiles, /pledges, search results and
// article pages: the card's fields of the statement read model, folded by toCard().
import { CARD_FIELDS, toCard, type StatementCard } from '$lib/domain/statement-card';
import type { StatementKind } from '$lib/domain/vocabulary';
import type { Db } from '../connect';
import { publicStatementsWithActor, selectStatementFields } from './statement-read-model';

export type { InstitutionLink as InstitutionRef, SentenceSibling, StatementCard } from '$lib/domain/statement-card';

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
	let q = selectStatementFields(publicStatementsWithActor(db), CARD_FIELDS);
	if (query.kind) q = q.where('s.kind', '=', query.kind);
	if (query.actorId !== undefined) q = q.where('s.actor_institution_id', '=', query.actorId);
	if (query.articleId !== undefined) q = q.where('s.article_id', '=', query.articleId);
	if (query.ids) q = q.where('s.id', 'in', query.ids);
	if (query.articleId !== undefined) q = q.orderBy('s.evidence_start').orderBy('s.id');
	else q = q.orderBy('s.stated_on', (o) => o.desc().nullsLast()).orderBy('s.id', 'desc');
	if (query.limit) q = q.limit(query.limit);
	const rows = await q.execute();
	const cards = rows.map(toCard);
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
