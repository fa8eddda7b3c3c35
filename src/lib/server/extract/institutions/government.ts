// Regional governments: "Pemerintah Provinsi Kalimantan Barat", "Pemprov Kalteng", "Pemkab Kotim",
// English "the Kampar Regency Government". A bare "Pemkab" takes the region from context.
import type { InstitutionParts } from '../../../domain/statement';
import type { RegionLevel } from '../../../domain/region';
import { matchRegion, skipParenthetical } from '../match-region';
import type { Token } from '../tokens';
import { regional, type At, type Matcher, type Scan } from './scan';

const GOVERNMENT: InstitutionParts = { family: 'pemerintah', base: 'Pemerintah', parent: null };

/** Short forms and the level they name; "Pemda" names none. */
const SHORT_GOV: Record<string, RegionLevel | undefined> = { pemprov: 'province', pemkab: 'regency', pemkot: 'city', pemda: undefined };

const EN_OFFICES = new Set(['regent', 'regency', 'governor', 'mayor', 'provincial', 'province', 'city']);

/** English names put the region first ("Kampar Regency Government"): look a few words ahead. */
function englishOfficeAhead(tokens: readonly Token[], i: number): boolean {
	for (let k = i + 1; k < tokens.length && k <= i + 4; k++) if (EN_OFFICES.has(tokens[k].lower)) return true;
	return false;
}

/** A capitalized English word with a regional office a few words on, which may open a name here or in head-of-region.ts. */
export function opensEnglishOffice(scan: Scan, at: At): boolean {
	return scan.lang === 'en' && at.cap && englishOfficeAhead(scan.tokens, at.i);
}

const EN_LEVEL: Record<string, RegionLevel> = { provincial: 'province', regency: 'regency', city: 'city', municipal: 'city' };

export const government: Matcher = {
	triggers: ['pemerintah', ...Object.keys(SHORT_GOV), ...Object.keys(EN_LEVEL)],
	opensAt: opensEnglishOffice,
	match({ text, tokens, gazetteer, lang }, { i, lower, cap }, out) {
		if (lower === 'pemerintah' && cap) {
			const m = matchRegion(text, tokens, i + 1, gazetteer);
			if (m) out.push(regional(GOVERNMENT, m, 'executive', i + 1, null, undefined));
			else {
				const lw = tokens[i + 1]?.lower;
				const need: RegionLevel | undefined = lw === 'provinsi' ? 'province' : lw === 'kabupaten' ? 'regency' : lw === 'kota' ? 'city' : undefined;
				if (need) out.push(regional(GOVERNMENT, null, 'executive', skipParenthetical(text, tokens, i + 2, tokens[i + 1].end), null, need));
			}
		}
		if (lower in SHORT_GOV) {
			const need = SHORT_GOV[lower];
			const m = matchRegion(text, tokens, i + 1, gazetteer, need);
			out.push(regional(GOVERNMENT, m, 'executive', i + 1, null, need ?? 'regency'));
		}
		// English: "the Provincial Government of Southwest Papua".
		const level = EN_LEVEL[lower];
		if (lang === 'en' && cap && level && ['government', 'administration'].includes(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'of') {
			const m = matchRegion(text, tokens, i + 3, gazetteer, level);
			if (m) out.push(regional(GOVERNMENT, m, 'executive', m.end, null, undefined));
		}
		// English: "Kampar Regency Government", "the Central Kalimantan Provincial Government".
		if (lang === 'en' && cap) {
			const m = matchRegion(text, tokens, i, gazetteer);
			if (m) {
				const w1 = tokens[m.end]?.lower;
				const w2 = tokens[m.end + 1]?.lower;
				const isOffice = w1 === 'regency' || w1 === 'provincial' || w1 === 'province' || w1 === 'city';
				if (isOffice && (w2 === 'government' || w2 === 'administration')) out.push(regional(GOVERNMENT, m, 'executive', m.end + 2, null, undefined));
			}
		}
	}
};
