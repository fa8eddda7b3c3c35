// The shapes components need, from the domain's definitions (the statement read model), so a list
// and its exports describe a statement the same way.
import type { StatementCard } from '$lib/domain/statement-card';

/** A statement card as StatementCard.svelte shows it. */
export type CardData = StatementCard;
