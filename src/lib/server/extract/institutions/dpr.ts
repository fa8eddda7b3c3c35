// The national legislature, "DPR" / "Dewan Perwakilan Rakyat" (RI), unless a province follows
// as in "DPR Papua": then it is that province's legislature.
import type { InstitutionParts } from '../../../domain/statement';
import { matchRegion, skipParenthetical } from '../match-region';
import { gap } from './name-runs';
import { national, type Matcher } from './scan';

const DPR_RI: InstitutionParts = { family: 'dpr', base: 'DPR RI', parent: null };
const DPR_PROVINCE: InstitutionParts = { family: 'dpr', base: 'DPR', parent: null };

export const dpr: Matcher = {
	triggers: ['dpr', 'dewan'],
	match({ text, tokens, gazetteer }, { i, token, lower }, out) {
		let end = -1;
		if (lower === 'dpr' && token.text === 'DPR') end = i + 1;
		else if (lower === 'dewan' && tokens[i + 1]?.lower === 'perwakilan' && tokens[i + 2]?.lower === 'rakyat' && tokens[i + 3]?.lower !== 'daerah') end = i + 3;
		if (end < 0) return;
		let after = skipParenthetical(text, tokens, end, tokens[end - 1].end);
		if (tokens[after]?.lower === 'ri') after++;
		const m = after < tokens.length && gap(text, tokens, after) === ' ' ? matchRegion(text, tokens, after, gazetteer, 'province') : null;
		if (m && m.region.level === 'province' && after === end) {
			out.push({ end: m.end, name: `DPR ${m.display}`, kind: 'legislature', level: 'province', regionCode: m.region.code, titledRegion: null, role: null, unit: null, parts: DPR_PROVINCE, contextual: false });
		} else out.push(national(after, 'DPR RI', 'legislature', null, DPR_RI));
	}
};
