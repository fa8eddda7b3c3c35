// Regional agencies: "Dinas Kesehatan Provinsi Kalbar", "Dinas PUPR Kotim", short forms
// ("Dinkes", "Bappeda", "Satpol"). They sit under their region's government.
import type { ParentHint } from '../../../domain/statement';
import { AGENCY_ACRONYMS, DINAS_ACRONYMS } from '../institution-lexicon';
import { matchRegion, skipParenthetical } from '../match-region';
import { capitalizedRun, LEVEL_WORD } from './name-runs';
import { regional, type Matcher } from './scan';

const LOCAL_GOVERNMENT: ParentHint = { via: 'local-government' };

export const dinas: Matcher = {
	triggers: ['dinas', ...Object.keys(AGENCY_ACRONYMS)],
	match({ text, tokens, gazetteer }, { i, token, lower, cap }, out) {
		const isDinas = lower === 'dinas' && cap;
		// "bappeda" counts in any case; other short forms only capitalized or in capitals.
		if (!isDinas && !(AGENCY_ACRONYMS[lower] && (cap || token.text === token.text.toUpperCase() || lower === 'bappeda'))) return;
		let base: string;
		let j: number;
		if (lower === 'dinas') {
			const acronym = tokens[i + 1] ? DINAS_ACRONYMS[tokens[i + 1].lower] : undefined;
			if (acronym) {
				base = `Dinas ${acronym}`;
				j = i + 2;
			} else {
				const end = capitalizedRun(text, tokens, i + 1, 6, (x) => LEVEL_WORD.has(x.lower) || !!gazetteer.findRegion(x.text));
				base = end > i + 1 ? `Dinas ${text.slice(tokens[i + 1].start, tokens[end - 1].end)}` : '';
				j = end;
			}
		} else {
			base = AGENCY_ACRONYMS[lower];
			j = i + 1;
		}
		if (!base) return;
		j = skipParenthetical(text, tokens, j, tokens[j - 1].end);
		const m = j < tokens.length ? matchRegion(text, tokens, j, gazetteer) : null;
		out.push(regional({ family: 'dinas', base, parent: LOCAL_GOVERNMENT }, m, 'agency', j, null, 'regency'));
	}
};
