// Regional offices of a national body: "Kanwil Ditjenpas Kalteng", "Kepala Kantor Wilayah
// (Kakanwil) Kemenkumham Sulawesi Tengah". The body named inside is the Kanwil's parent.
import type { InstitutionFamily, InstitutionKind, ParentHint } from '../../../domain/statement';
import { MINISTRY_ACRONYMS } from '../institution-lexicon';
import { matchRegion, skipParenthetical } from '../match-region';
import { fixedAt } from './fixed';
import { PhraseTable } from './phrase-table';
import type { Matcher, Scan } from './scan';

const KANWIL = new PhraseTable<string | null>([
	['kanwil', null],
	['kantor wilayah', null],
	['kakanwil', 'Kakanwil']
]);

interface ParentAt {
	name: string;
	kind: InstitutionKind;
	family: InstitutionFamily;
	end: number;
}

/** The body a Kanwil belongs to, written at token `j`: Ditjenpas, Kemenkumham, Kementerian X, Direktorat Jenderal X. */
function parentAt(scan: Scan, j: number): ParentAt | null {
	const { tokens } = scan;
	const f = fixedAt(tokens, j);
	if (f && (f.value.name.startsWith('Direktorat') || f.value.name.startsWith('Kementerian'))) return { name: f.value.name, kind: f.value.kind, family: 'fixed', end: f.end };
	const acronym = MINISTRY_ACRONYMS[tokens[j].lower];
	if (acronym) return { name: `Kementerian ${acronym}`, kind: 'executive', family: 'ministry', end: j + 1 };
	if (tokens[j].lower === 'kementerian' || tokens[j].lower === 'direktorat') {
		const c = scan.longestAt(j);
		if (c) return { name: c.name, kind: c.kind, family: c.parts.family, end: c.end };
	}
	return null;
}

export const kanwil: Matcher = {
	triggers: ['kanwil', 'kantor', 'kakanwil'],
	match(scan, { i, cap }, out) {
		const { text, tokens, gazetteer } = scan;
		const found = KANWIL.match(tokens, i);
		if (!found || !cap) return;
		let j = skipParenthetical(text, tokens, found.end, tokens[found.end - 1].end);
		const p = j < tokens.length ? parentAt(scan, j) : null;
		if (p) j = p.end;
		const m = j < tokens.length ? matchRegion(text, tokens, j, gazetteer, 'province') : null;
		const name = ['Kantor Wilayah', p?.name ?? '', m ? m.display : ''].filter(Boolean).join(' ');
		const parent: ParentHint | null = p ? { via: 'named', name: p.name, kind: p.kind, family: p.family } : null;
		out.push({
			end: m ? m.end : j,
			name,
			kind: 'agency',
			level: m ? 'province' : null,
			regionCode: m?.region.code ?? null,
			titledRegion: null,
			role: found.value,
			unit: null,
			parts: { family: 'kanwil', base: 'Kantor Wilayah', parent },
			contextual: !m,
			needs: m ? undefined : 'province'
		});
	}
};
