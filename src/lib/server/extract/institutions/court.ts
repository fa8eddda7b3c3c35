// Courts and prosecutors: "Pengadilan Negeri Sampit", "Kejari Kotim", "Kejaksaan Tinggi Kalteng".
import { matchRegion } from '../match-region';
import { capitalizedRun } from './name-runs';
import { PhraseTable } from './phrase-table';
import { LEVEL_OF, type Matcher } from './scan';

const COURTS = new PhraseTable<string>([
	['pengadilan negeri', 'Pengadilan Negeri'],
	['pengadilan tinggi', 'Pengadilan Tinggi'],
	['pengadilan agama', 'Pengadilan Agama'],
	['pengadilan tata usaha negara', 'Pengadilan Tata Usaha Negara'],
	['kejaksaan negeri', 'Kejaksaan Negeri'],
	['kejari', 'Kejaksaan Negeri'],
	['kejaksaan tinggi', 'Kejaksaan Tinggi'],
	['kejati', 'Kejaksaan Tinggi']
]);

export const court: Matcher = {
	triggers: ['pengadilan', 'kejaksaan', 'kejari', 'kejati'],
	match({ text, tokens, gazetteer }, { i, cap }, out) {
		const found = COURTS.match(tokens, i);
		if (!found || !cap) return;
		const m = matchRegion(text, tokens, found.end, gazetteer);
		// A place the gazetteer does not know ("Pengadilan Negeri Tamiang Layang") is still named.
		const placeEnd = m ? m.end : capitalizedRun(text, tokens, found.end, 2, () => false);
		const place = m ? m.display : placeEnd > found.end ? text.slice(tokens[found.end].start, tokens[placeEnd - 1].end) : '';
		out.push({
			end: Math.max(placeEnd, found.end),
			name: `${found.value}${place ? ` ${place}` : ''}`,
			kind: 'judiciary',
			level: m ? LEVEL_OF[m.region.level] : null,
			regionCode: m?.region.code ?? null,
			titledRegion: null,
			role: null,
			unit: null,
			parts: { family: 'court', base: found.value, parent: null },
			contextual: false
		});
	}
};
