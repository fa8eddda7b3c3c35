// Statements in the corpus' gold format (corpus/FORMAT.md), plus a few extra fields.
import type { Extraction, Statement } from '../../domain/statement';

export interface GoldPledge {
	actor_institution: string;
	actor_kind: string;
	speaker: string | null;
	speaker_role: string | null;
	category: string;
	target: string | null;
	evidence: string;
	alt_evidence: string[];
	amount_idr: number | null;
	strength: string;
	// Extra fields (allowed by the format).
	evidence_start: number;
	evidence_end: number;
	stated_on: string | null;
	confidence: number;
}

export interface GoldOutput {
	id: string;
	pledges: GoldPledge[];
	requests: GoldPledge[];
}

function toGold(s: Statement): GoldPledge {
	return {
		actor_institution: s.actor.name,
		actor_kind: s.actor.kind,
		speaker: s.speaker.name,
		speaker_role: s.speaker.canonicalRole,
		category: s.category,
		target: s.target,
		evidence: s.evidence.text,
		alt_evidence: s.restatements.map((r) => r.text),
		amount_idr: s.amount?.value ?? null,
		strength: s.strength,
		evidence_start: s.evidence.start,
		evidence_end: s.evidence.end,
		stated_on: s.statedOn,
		confidence: s.confidence.score
	};
}

export function toGoldFormat(id: string, extraction: Extraction): GoldOutput {
	return {
		id,
		pledges: extraction.statements.filter((s) => s.kind === 'pledge').map(toGold),
		requests: extraction.statements.filter((s) => s.kind === 'request').map(toGold)
	};
}
