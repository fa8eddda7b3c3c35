// National institutions with a fixed name, from the lexicon: "KPK", "Polri", "DPR RI", "the House".
import { FIXED_INSTITUTIONS, type FixedInstitution } from '../institution-lexicon';
import { skipParenthetical } from '../match-region';
import type { Token } from '../tokens';
import { PhraseTable } from './phrase-table';
import { national, type Matcher } from './scan';

const FIXED = new PhraseTable<FixedInstitution>(FIXED_INSTITUTIONS.map((f) => [f.phrase, f]));

/** The lexicon entry written at token `i`, in any language ("Kanwil Ditjenpas" reads its parent with it). */
export function fixedAt(tokens: readonly Token[], i: number): { value: FixedInstitution; end: number } | null {
	return FIXED.match(tokens, i);
}

// Common words that name an institution only as proper nouns: English "house", "president".
const PROPER_ONLY = new Set(['house', 'presiden', 'president']);

export const fixed: Matcher = {
	triggers: FIXED_INSTITUTIONS.map((f) => f.phrase.split(' ')[0]),
	match({ text, tokens, lang }, { i, cap }, out) {
		const found = FIXED.match(tokens, i);
		if (!found || (found.value.lang && found.value.lang !== lang)) return;
		const f = found.value;
		if (!cap && PROPER_ONLY.has(f.phrase)) return;
		let end = found.end;
		if (f.name === 'DPR RI' || f.name === 'Presiden Republik Indonesia') end = skipParenthetical(text, tokens, end, tokens[end - 1].end);
		out.push(national(end, f.name, f.kind, f.role ?? null, { family: f.name === 'DPR RI' ? 'dpr' : 'fixed', base: f.name, parent: null }));
	}
};
