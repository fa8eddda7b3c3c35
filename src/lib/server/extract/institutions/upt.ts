// Technical units: "Unit Pelaksana Teknis (UPT) Pemasyarakatan", "UPT Puskesmas".
import { skipParenthetical } from '../match-region';
import { capitalizedRun, LEVEL_WORD } from './name-runs';
import type { Matcher } from './scan';

export const upt: Matcher = {
	triggers: ['upt', 'unit'],
	match({ text, tokens }, { i, token, lower }, out) {
		const isAcronym = lower === 'upt' && token.text === 'UPT';
		if (!isAcronym && !(lower === 'unit' && tokens[i + 1]?.lower === 'pelaksana' && tokens[i + 2]?.lower === 'teknis')) return;
		let j = isAcronym ? i + 1 : i + 3;
		j = skipParenthetical(text, tokens, j, tokens[j - 1].end);
		const end = capitalizedRun(text, tokens, j, 3, (x) => LEVEL_WORD.has(x.lower));
		const name = `Unit Pelaksana Teknis${end > j ? ` ${text.slice(tokens[j].start, tokens[end - 1].end)}` : ''}`;
		out.push({ end: Math.max(end, j), name, kind: 'agency', level: null, regionCode: null, titledRegion: null, role: null, unit: null, parts: { family: 'upt', base: name, parent: null }, contextual: false });
	}
};
