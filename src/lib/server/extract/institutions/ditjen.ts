// Directorates general: "Direktorat Jenderal Pemasyarakatan". National; the short forms
// ("Ditjenpas", "DJP") are fixed names in the lexicon.
import { matchRegion, skipParenthetical } from '../match-region';
import { capitalizedRun, LEVEL_WORD } from './name-runs';
import { national, type Matcher } from './scan';

export const ditjen: Matcher = {
	triggers: ['direktorat'],
	match({ text, tokens, gazetteer }, { i, lower }, out) {
		if (lower !== 'direktorat' || tokens[i + 1]?.lower !== 'jenderal') return;
		// A region after its name belongs to the office that contains it ("Kantor Wilayah Direktorat
		// Jenderal Pemasyarakatan Kalimantan Tengah"), and a comma ends the name before the
		// speaker's ("…, Bambang Sutrisno").
		const end = capitalizedRun(
			text,
			tokens,
			i + 2,
			4,
			(x, k) => LEVEL_WORD.has(x.lower) || (k > i + 2 && matchRegion(text, tokens, k, gazetteer, 'province') !== null)
		);
		if (end <= i + 2) return;
		const name = `Direktorat Jenderal ${text.slice(tokens[i + 2].start, tokens[end - 1].end)}`;
		out.push(national(skipParenthetical(text, tokens, end, tokens[end - 1].end), name, 'agency', null, { family: 'ditjen', base: name, parent: null }));
	}
};
