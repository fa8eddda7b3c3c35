// Gold annotations → one label per sentence, the way corpus/FORMAT.md scores a prediction: a
// sentence is a pledge sentence when it overlaps a gold pledge's evidence or one of its restating
// sentences (alt_evidence) by at least half of the shorter of the two.
import type { Category, Strength } from '../../../domain/statement';
import type { Sentence } from '../split-sentences';

export interface GoldPledgeInput {
	category: string;
	strength: string;
	evidence: string;
	alt_evidence?: string[];
}

export interface SentenceLabel {
	pledge: boolean;
	categories: Category[];
	/** From the gold pledge this sentence is the evidence of (else the first it restates). */
	strength: Strength | null;
	/** Indices of the gold pledges this sentence states or restates. */
	pledges: number[];
}

const CATEGORY_SET = new Set(['budget', 'oversight', 'program', 'regulation', 'other']);
const STRENGTH_SET = new Set(['firm', 'conditional', 'hedged']);

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
	return shared > 0 && shared >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

function spansOf(text: string, quote: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	if (!quote) return out;
	for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) out.push({ start: at, end: at + quote.length });
	return out;
}

export function labelSentences(text: string, sentences: readonly Sentence[], gold: readonly GoldPledgeInput[]): SentenceLabel[] {
	const labels: SentenceLabel[] = sentences.map(() => ({ pledge: false, categories: [], strength: null, pledges: [] }));
	const fromEvidence = new Set<number>();
	gold.forEach((g, gi) => {
		const category = CATEGORY_SET.has(g.category) ? (g.category as Category) : 'other';
		const strength = STRENGTH_SET.has(g.strength) ? (g.strength as Strength) : 'firm';
		const quotes = [g.evidence, ...(g.alt_evidence ?? [])];
		quotes.forEach((q, qi) => {
			for (const span of spansOf(text, q)) {
				for (const s of sentences) {
					if (!overlaps(s, span)) continue;
					const l = labels[s.index];
					l.pledge = true;
					if (!l.categories.includes(category)) l.categories.push(category);
					if (!l.pledges.includes(gi)) l.pledges.push(gi);
					if (qi === 0 && !fromEvidence.has(s.index)) {
						l.strength = strength;
						fromEvidence.add(s.index);
					} else if (l.strength === null) l.strength = strength;
				}
			}
		});
	});
	return labels;
}
