// Correctional facilities: "Lapas Kelas IIA Garut", "Rutan Kelas IIB Sampit", "Bapas Palangka
// Raya", "LPKA". A later "Lapas Garut" is the same facility as the first one named there.
import type { ParentHint } from '../../../domain/statement';
import { matchRegion, skipParenthetical } from '../match-region';
import { isCapitalized } from '../tokens';
import { capitalizedRun, LEVEL_WORD } from './name-runs';
import { PhraseTable } from './phrase-table';
import { LEVEL_OF, type Matcher } from './scan';

const LPKA = 'Lembaga Pembinaan Khusus Anak';

/** Facility words → [full facility name, the head's title when the word names it]. */
const PRISONS = new PhraseTable<[string, string | null]>([
	['lapas', ['Lembaga Pemasyarakatan', null]],
	['lembaga pemasyarakatan', ['Lembaga Pemasyarakatan', null]],
	['kalapas', ['Lembaga Pemasyarakatan', 'Kalapas']],
	['rutan', ['Rumah Tahanan Negara', null]],
	['rumah tahanan negara', ['Rumah Tahanan Negara', null]],
	['rumah tahanan', ['Rumah Tahanan Negara', null]],
	['karutan', ['Rumah Tahanan Negara', 'Karutan']],
	['bapas', ['Balai Pemasyarakatan', null]],
	['balai pemasyarakatan', ['Balai Pemasyarakatan', null]],
	['lpka', [LPKA, null]],
	['lembaga pembinaan khusus anak', [LPKA, null]]
]);

const CLASS = /^(i{1,3}[ab]?|iv|[1-3][ab]?)$/i;
const PRISON_TYPES = new Set(['perempuan', 'narkotika', 'anak', 'terbuka', 'khusus']);
// LPKA have had no parent in the registry so far; the others sit under their province's
// corrections Kanwil.
const PROVINCE_CORRECTIONS: ParentHint = { via: 'province-corrections' };

export const prison: Matcher = {
	triggers: ['lapas', 'lembaga', 'kalapas', 'rutan', 'rumah', 'karutan', 'bapas', 'balai', 'lpka'],
	match({ text, tokens, gazetteer, memory }, { i, lower, cap }, out) {
		const found = PRISONS.match(tokens, i);
		if (!found || !(cap || lower === 'lapas' || lower === 'rutan')) return;
		const [full, role] = found.value;
		let j = skipParenthetical(text, tokens, found.end, tokens[found.end - 1].end);
		let kelas = '';
		if (tokens[j]?.lower === 'kelas' && tokens[j + 1] && CLASS.test(tokens[j + 1].text)) {
			kelas = ` Kelas ${tokens[j + 1].text.toUpperCase()}`;
			j += 2;
		}
		let type = '';
		if (tokens[j] && PRISON_TYPES.has(tokens[j].lower) && isCapitalized(tokens[j].text)) {
			type = ` ${tokens[j].text}`;
			j++;
		}
		const m = j < tokens.length ? matchRegion(text, tokens, j, gazetteer) : null;
		const placeEnd = m ? m.end : capitalizedRun(text, tokens, j, 2, (x) => LEVEL_WORD.has(x.lower));
		const place = m ? m.display : placeEnd > j ? text.slice(tokens[j].start, tokens[placeEnd - 1].end) : '';
		// Remembered as soon as it is read, even when another family's longer reading wins here.
		const key = `${full}|${place.toLowerCase()}`;
		let name = `${full}${kelas}${type}${place ? ` ${place}` : ''}`;
		if (place && !kelas && memory.prisonByPlace.has(key)) name = memory.prisonByPlace.get(key) ?? name;
		else if (place) memory.prisonByPlace.set(key, name);
		const prev = memory.lastOfFamily.get('lapas');
		if (!place && prev && prev.parts.base === full) name = prev.name;
		out.push({
			end: Math.max(placeEnd, j),
			name,
			kind: 'agency',
			level: m ? LEVEL_OF[m.region.level] : null,
			regionCode: m?.region.code ?? null,
			titledRegion: null,
			role,
			unit: null,
			parts: { family: 'lapas', base: full, parent: full === LPKA ? null : PROVINCE_CORRECTIONS },
			contextual: !place
		});
	}
};
