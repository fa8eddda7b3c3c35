// Regional legislatures: "DPRD Kotim", "Dewan Perwakilan Rakyat Daerah (DPRD) Kota Palangka Raya",
// Aceh's "DPRK Aceh Besar"; a bare "DPRD" is the article's DPRD, filled in from context.
import type { InstitutionParts } from '../../../domain/statement';
import { matchRegion, skipParenthetical } from '../match-region';
import { regional, type Matcher } from './scan';

const DPRD: InstitutionParts = { family: 'dprd', base: 'DPRD', parent: null };
const DPRK: InstitutionParts = { family: 'dprd', base: 'DPRK', parent: null };

export const dprd: Matcher = {
	triggers: ['dprd', 'dprk', 'dewan'],
	match({ text, tokens, gazetteer }, { i, lower }, out) {
		let end = -1;
		let isDprk = false;
		if (lower === 'dprd') end = i + 1;
		else if (lower === 'dprk') {
			end = i + 1;
			isDprk = true;
		} else if (lower === 'dewan' && tokens[i + 1]?.lower === 'perwakilan' && tokens[i + 2]?.lower === 'rakyat' && tokens[i + 3]?.lower === 'daerah') end = i + 4;
		if (end < 0) return;
		const after = skipParenthetical(text, tokens, end, tokens[end - 1].end);
		const m = after < tokens.length ? matchRegion(text, tokens, after, gazetteer) : null;
		if (m) {
			const c = regional(isDprk ? DPRK : DPRD, m, 'legislature', after, null, undefined);
			// Aceh's regency legislatures are named without a level word: "DPRK Aceh Besar".
			if (isDprk) {
				c.name = `DPRK ${m.display}`;
				c.titledRegion = null;
			}
			out.push(c);
		} else out.push({ end: after, name: 'DPRD', kind: 'legislature', level: null, regionCode: null, titledRegion: null, role: null, unit: null, parts: DPRD, contextual: true });
	}
};
