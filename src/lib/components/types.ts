// The shapes components need. Queries return richer objects; TypeScript checks they fit these.
import type { AmountQualifier, Category, PledgeStatus, ReviewStatus, StatementKind, Strength } from '$lib/domain/vocabulary';

export interface CardData {
	id: number;
	kind: StatementKind;
	category: Category;
	/** The other statements of the same sentence, each another category of it; absent or empty for most. */
	also?: { id: number; category: Category }[];
	strength: Strength;
	status: PledgeStatus;
	reviewStatus: ReviewStatus;
	statedOn: string | null;
	/** The stated deadline (YYYY-MM-DD) and whether it has passed with no verdict; absent on lists that do not read it. */
	dueOn?: string | null;
	overdue?: boolean;
	evidenceText: string;
	amount: number | null;
	amountQualifier: AmountQualifier | null;
	actor: { slug: string; name: string } | null;
	target: { slug: string; name: string } | null;
	targetText: string | null;
	speakerName: string | null;
	speakerRole: string | null;
	outletName: string | null;
}
