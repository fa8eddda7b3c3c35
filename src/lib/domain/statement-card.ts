// A statement as lists show it (a card: quote, who, when, what kind): a subset of the public
// statement (./public-statement.ts), with the actor and target folded into links. Used by the
// overview, profiles, /pledges, search results and article pages, and by StatementCard.svelte.
import type { Category } from './vocabulary';
import type { CamelCase, PublicStatement, StoredFieldName } from './public-statement';

/** The fields of the public statement a card reads, in the read model's names. */
export const CARD_FIELDS = [
	'id',
	'kind',
	'category',
	'strength',
	'status',
	'review_status',
	'confidence',
	'stated_on',
	'due_on',
	'due_phrase',
	'overdue',
	'evidence_text',
	'evidence_start',
	'evidence_end',
	'amount',
	'amount_qualifier',
	'actor_slug',
	'actor_name',
	'target_slug',
	'target_name',
	'target_text',
	'speaker_name',
	'speaker_role',
	'article_id',
	'article_title',
	'published_on',
	'outlet_name'
] as const satisfies readonly StoredFieldName[];

export type CardRow = Pick<PublicStatement, CamelCase<(typeof CARD_FIELDS)[number]>>;

export interface InstitutionLink {
	slug: string;
	name: string;
}

export interface SentenceSibling {
	id: number;
	category: Category;
}

export type StatementCard = Omit<CardRow, 'actorSlug' | 'actorName' | 'targetSlug' | 'targetName'> & {
	actor: InstitutionLink | null;
	target: InstitutionLink | null;
	/** The other statements of the same sentence (another category of it), in id order. */
	also: SentenceSibling[];
};

export function toCard(row: CardRow): StatementCard {
	const { actorSlug, actorName, targetSlug, targetName, ...rest } = row;
	return {
		...rest,
		actor: actorSlug && actorName ? { slug: actorSlug, name: actorName } : null,
		target: targetSlug && targetName ? { slug: targetSlug, name: targetName } : null,
		also: []
	};
}
