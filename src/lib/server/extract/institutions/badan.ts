// Agencies named "Badan …" or "Balai …": "Badan Pengelolaan Keuangan Daerah Kalteng", "Badan
// Meteorologi, Klimatologi, dan Geofisika (BMKG)", "Balai Besar Wilayah Sungai". A region after
// the name is the agency's seat; without one the name stands as written, not filled from context.
import type { ParentHint } from '../../../domain/statement';
import { matchRegion, skipParenthetical } from '../match-region';
import { legislatureUnitAt } from './legislature-unit';
import { capitalizedRun, LEVEL_WORD } from './name-runs';
import { regional, type Matcher } from './scan';

/**
 * A "Badan" sits under its region's government. The words decide as written: "BADAN …" in
 * capitals gets no parent, and a "Balai Pemasyarakatan" read here (the prison matcher usually
 * wins those words) sits under the corrections Kanwil like any Bapas.
 */
function parentHintOf(written: string): ParentHint | null {
	if (/^Badan\b/.test(written)) return { via: 'local-government' };
	if (/^Balai Pemasyarakatan\b/.test(written)) return { via: 'province-corrections' };
	return null;
}

export const badan: Matcher = {
	triggers: ['badan', 'balai'],
	match({ text, tokens, gazetteer }, { i, token, lower, cap }, out) {
		// Legislature units such as "Badan Anggaran" are legislature-unit.ts's.
		if ((lower !== 'badan' && lower !== 'balai') || !cap || legislatureUnitAt(tokens, i)) return;
		let j = i + 1;
		if (lower === 'balai' && tokens[j]?.lower === 'besar') j++;
		const end = capitalizedRun(text, tokens, j, 6, (x, k) => LEVEL_WORD.has(x.lower) || (k > j && !!gazetteer.findRegion(x.text)));
		if (end <= j) return;
		const base = text.slice(token.start, tokens[end - 1].end);
		const after = skipParenthetical(text, tokens, end, tokens[end - 1].end);
		const m = after < tokens.length ? matchRegion(text, tokens, after, gazetteer) : null;
		const c = regional({ family: 'badan', base, parent: parentHintOf(base) }, m, 'agency', after, null, undefined);
		if (!m) c.contextual = false;
		out.push(c);
	}
};
