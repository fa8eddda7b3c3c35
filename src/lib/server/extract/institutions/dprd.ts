// Regional legislatures: "DPRD Kotim", "Dewan Perwakilan Rakyat Daerah (DPRD) Kota Palangka Raya",
// Aceh's "DPRK Aceh Besar"; a bare "DPRD" is the article's DPRD, filled in from context.
import type { InstitutionParts } from '../../../domain/statement';
import { matchRegion, skipParenthetical } from '../match-region';
import type { RegionLevel } from '../../../domain/region';
import { regional, type Candidate, type Matcher, type Scan } from './scan';

const DPRD: InstitutionParts = { family: 'dprd', base: 'DPRD', parent: null };
const DPRK: InstitutionParts = { family: 'dprd', base: 'DPRK', parent: null };

const EN_LEVEL: Record<string, RegionLevel> = { provincial: 'province', province: 'province', regency: 'regency', city: 'city', municipal: 'city' };

/** English puts the region first: "the Surabaya City DPRD", "the Central Java DPRD". */
function englishOrder({ text, tokens, gazetteer }: Scan, i: number): Candidate | null {
	let m = matchRegion(text, tokens, i, gazetteer);
	if (!m) return null;
	let end = m.end;
	const level = EN_LEVEL[tokens[end]?.lower ?? ''];
	if (level) {
		if (m.region.level !== level) m = matchRegion(text, tokens, i, gazetteer, level) ?? m;
		end++;
	}
	if (tokens[end]?.lower !== 'dprd' || (level && m.region.level !== level)) return null;
	return regional(DPRD, m, 'legislature', end + 1, null, undefined);
}

export const dprd: Matcher = {
	triggers: ['dprd', 'dprk', 'dewan'],
	opensAt: (scan, at) => scan.lang === 'en' && at.cap && scan.tokens.slice(at.i + 1, at.i + 5).some((t) => t.lower === 'dprd'),
	match(scan, at, out) {
		const { text, tokens, gazetteer } = scan;
		const { i, lower } = at;
		if (scan.lang === 'en' && at.cap && lower !== 'dprd') {
			const c = englishOrder(scan, i);
			if (c) out.push(c);
		}
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
