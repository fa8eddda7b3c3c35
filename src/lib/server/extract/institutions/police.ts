// Regional police: "Polda Malut", "Kapolda Kalteng", "Polres Kotim", "Kapolresta Palangka Raya".
// A Polres sits under its province's Polda, a Polda under Polri.
import type { InstitutionFamily, InstitutionParts, ParentHint } from '../../../domain/statement';
import { matchRegion } from '../match-region';
import { PhraseTable } from './phrase-table';
import { LEVEL_OF, type Matcher } from './scan';

type PoliceFamily = Extract<InstitutionFamily, 'polda' | 'polres'>;

const POLICE = new PhraseTable<[PoliceFamily, string | null]>([
	['polda', ['polda', null]],
	['kepolisian daerah', ['polda', null]],
	['kapolda', ['polda', 'Kapolda']],
	['wakapolda', ['polda', 'Wakapolda']],
	['polres', ['polres', null]],
	['polresta', ['polres', null]],
	['kepolisian resor', ['polres', null]],
	['kapolres', ['polres', 'Kapolres']],
	['kapolresta', ['polres', 'Kapolresta']]
]);

const NATIONAL_POLICE: ParentHint = { via: 'national-police' };
const PROVINCE_POLICE: ParentHint = { via: 'province-police' };

export const police: Matcher = {
	triggers: ['polda', 'kepolisian', 'kapolda', 'wakapolda', 'polres', 'polresta', 'kapolres', 'kapolresta'],
	match({ text, tokens, gazetteer }, { i, lower }, out) {
		const found = POLICE.match(tokens, i);
		if (!found) return;
		const [family, role] = found.value;
		const isPolda = family === 'polda';
		const m = matchRegion(text, tokens, found.end, gazetteer, isPolda ? 'province' : 'regency');
		const base = isPolda ? 'Kepolisian Daerah' : lower === 'polresta' || lower === 'kapolresta' ? 'Kepolisian Resor Kota' : 'Kepolisian Resor';
		const parts: InstitutionParts = { family, base, parent: isPolda ? NATIONAL_POLICE : PROVINCE_POLICE };
		if (m) {
			// "Kepolisian Resor Kota <city>" reads as a level title and its city, which later bare
			// names reuse as written; other police names give the gazetteer's name instead.
			const titledRegion = base === 'Kepolisian Resor Kota' && m.region.level === 'city' ? m.display : null;
			out.push({ end: m.end, name: `${base} ${m.display}`, kind: 'agency', level: LEVEL_OF[m.region.level], regionCode: m.region.code, titledRegion, role, unit: null, parts, contextual: false });
		} else {
			out.push({ end: found.end, name: base, kind: 'agency', level: null, regionCode: null, titledRegion: null, role, unit: null, parts, contextual: true, needs: isPolda ? 'province' : 'regency' });
		}
	}
};
