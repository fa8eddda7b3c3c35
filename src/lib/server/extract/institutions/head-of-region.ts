// Heads of regions, an office and the government it heads: "Gubernur Kalteng", "Wakil Bupati
// Garut", "Pak Bupati", English "Kampar Regent". A bare office takes the region from context.
import type { InstitutionParts } from '../../../domain/statement';
import { HEAD_OF_REGION } from '../institution-lexicon';
import { matchRegion } from '../match-region';
import { opensEnglishOffice } from './government';
import { PhraseTable } from './phrase-table';
import { regional, type Matcher } from './scan';

const HEAD: InstitutionParts = { family: 'head', base: 'Pemerintah', parent: null };
const HEADS = new PhraseTable(Object.entries(HEAD_OF_REGION));

export const headOfRegion: Matcher = {
	triggers: Object.keys(HEAD_OF_REGION).map((k) => k.split(' ')[0]),
	opensAt: opensEnglishOffice,
	match({ text, tokens, gazetteer, lang }, { i, cap }, out) {
		// English puts the region first: "Kampar Regent Dedi Putra".
		if (lang === 'en' && cap) {
			const m = matchRegion(text, tokens, i, gazetteer);
			const w1 = m ? tokens[m.end]?.lower : undefined;
			const head = w1 ? HEAD_OF_REGION[w1] : undefined;
			if (m && head && (w1 === 'regent' || w1 === 'governor' || w1 === 'mayor')) out.push(regional(HEAD, m, 'executive', m.end + 1, head.role, undefined));
		}
		const head = HEADS.match(tokens, i);
		if (head && (cap || i === 0 || tokens[i - 1].lower === 'pak' || tokens[i - 1].lower === 'bapak')) {
			let after = head.end;
			if (lang === 'en' && tokens[after]?.lower === 'of') after++;
			const m = matchRegion(text, tokens, after, gazetteer, head.value.level);
			// "Bupati X" may read as a city (a regency and its seat often share a name), never as a province.
			const okLevel = m && (m.region.level === head.value.level || (head.value.level === 'regency' && m.region.level !== 'province'));
			out.push(regional(HEAD, okLevel ? m : null, 'executive', head.end, head.value.role, head.value.level));
		}
	}
};
