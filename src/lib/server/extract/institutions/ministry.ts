// Ministries: "Kementerian Dalam Negeri (Kemendagri)", "Menteri Perdagangan", "Kemenkeu", and
// English "the Finance Ministry", "Home Affairs Minister", "the Ministry of Home Affairs".
import type { InstitutionParts } from '../../../domain/statement';
import { ENGLISH_MINISTRIES, MINISTRY_ACRONYMS, MINISTRY_NAMES } from '../institution-lexicon';
import { skipParenthetical } from '../match-region';
import { capitalizedRun } from './name-runs';
import { PhraseTable } from './phrase-table';
import { national, type At, type Matcher, type Scan } from './scan';

const MINISTRIES = new PhraseTable<string>(MINISTRY_NAMES.map((n) => [n.toLowerCase().replace(/,/g, ''), n]));
const EN_MINISTRIES = new PhraseTable<string>(Object.entries(ENGLISH_MINISTRIES));

const partsOf = (ministry: string): InstitutionParts => ({ family: 'ministry', base: `Kementerian ${ministry}`, parent: null });

/** English puts the portfolio first: "Finance" in "the Finance Ministry", "Home Affairs Minister". */
function englishPortfolioAt({ lang, tokens }: Scan, { i, cap }: At): { value: string; end: number } | null {
	const found = lang === 'en' && cap ? EN_MINISTRIES.match(tokens, i) : null;
	return found && /^minist(?:ry|er)$/.test(tokens[found.end]?.lower ?? '') ? found : null;
}

export const ministry: Matcher = {
	triggers: [...Object.keys(MINISTRY_ACRONYMS), 'kementerian', 'kementrian', 'menteri', 'wakil', 'ministry', 'minister'],
	opensAt: (scan, at) => englishPortfolioAt(scan, at) !== null,
	match(scan, at, out) {
		const { text, tokens, lang } = scan;
		const { i, token, lower, cap } = at;
		if (lower === 'kementerian' || lower === 'kementrian' || (lower === 'menteri' && cap) || (lower === 'wakil' && tokens[i + 1]?.lower === 'menteri')) {
			const from = lower === 'wakil' ? i + 2 : i + 1;
			// A known name first, so a person's name after "Menteri Perdagangan" is not eaten.
			const named = MINISTRIES.match(tokens, from);
			let end = named?.end ?? capitalizedRun(text, tokens, from, 1, () => false);
			if (end > from) {
				const name = named?.value ?? text.slice(tokens[from].start, tokens[end - 1].end);
				end = skipParenthetical(text, tokens, end, tokens[end - 1].end);
				const isMinistry = lower === 'kementerian' || lower === 'kementrian';
				const role = isMinistry ? null : `${lower === 'wakil' ? 'Wakil Menteri' : 'Menteri'} ${name}`;
				out.push(national(end, `Kementerian ${name}`, 'executive', role, partsOf(name)));
			}
		}
		if (MINISTRY_ACRONYMS[lower] && (cap || token.text === token.text.toUpperCase())) {
			out.push(national(i + 1, `Kementerian ${MINISTRY_ACRONYMS[lower]}`, 'executive', null, partsOf(MINISTRY_ACRONYMS[lower])));
		}
		const portfolio = englishPortfolioAt(scan, at);
		if (portfolio) {
			const isMinister = tokens[portfolio.end].lower === 'minister';
			out.push(national(portfolio.end + 1, `Kementerian ${portfolio.value}`, 'executive', isMinister ? `Menteri ${portfolio.value}` : null, partsOf(portfolio.value)));
		}
		if (lang === 'en' && (lower === 'ministry' || lower === 'minister') && tokens[i + 1]?.lower === 'of') {
			const m = EN_MINISTRIES.match(tokens, i + 2);
			if (m) out.push(national(m.end, `Kementerian ${m.value}`, 'executive', lower === 'minister' ? `Menteri ${m.value}` : null, partsOf(m.value)));
		}
	}
};
