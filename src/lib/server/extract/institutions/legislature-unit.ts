// Units that speak for their legislature: "Komisi II DPRD Kotim", "Fraksi Karya", "Banggar",
// "Bapemperda". The actor is the legislature named after the unit, else the article's last one.
import { LEGISLATURE_UNITS } from '../institution-lexicon';
import { skipParenthetical } from '../match-region';
import type { Token } from '../tokens';
import { capitalizedRun } from './name-runs';
import { PhraseTable } from './phrase-table';
import type { Matcher } from './scan';

const UNITS = new PhraseTable(Object.entries(LEGISLATURE_UNITS));
const ROMAN = /^(?:[IVX]{1,5}|[A-E])$/;

/** True when a legislature unit's name ("Badan Anggaran") starts at token `i`. */
export function legislatureUnitAt(tokens: readonly Token[], i: number): boolean {
	return UNITS.match(tokens, i) !== null;
}

export const legislatureUnit: Matcher = {
	triggers: [...Object.keys(LEGISLATURE_UNITS).map((k) => k.split(' ')[0]), 'komisi', 'fraksi'],
	match(scan, { i, token, lower, cap }, out) {
		const { text, tokens, memory } = scan;
		let unit: string | null = null;
		let end = -1;
		if (lower === 'komisi' && cap && tokens[i + 1] && ROMAN.test(tokens[i + 1].text)) {
			unit = `Komisi ${tokens[i + 1].text}`;
			end = i + 2;
		} else if (lower === 'fraksi' && cap) {
			const runEnd = capitalizedRun(text, tokens, i + 1, 3, (x) => x.lower === 'dprd' || x.lower === 'dpr');
			if (runEnd > i + 1) {
				unit = text.slice(token.start, tokens[runEnd - 1].end);
				end = runEnd;
			}
		} else {
			const u = UNITS.match(tokens, i);
			if (u && (cap || u.end - i === 1)) {
				unit = u.value;
				end = skipParenthetical(text, tokens, u.end, tokens[u.end - 1].end);
			}
		}
		if (!unit || end <= 0) return;
		const parent = end < tokens.length ? scan.longestAt(end) : null;
		if (parent && parent.kind === 'legislature') {
			out.push({ ...parent, unit, role: null });
			return;
		}
		const last = memory.lastLegislature;
		out.push({
			end,
			name: last?.name ?? 'DPRD',
			kind: 'legislature',
			level: last?.level ?? null,
			regionCode: last?.regionCode ?? null,
			titledRegion: last?.titledRegion ?? null,
			role: null,
			unit,
			parts: { family: 'unit', base: last?.parts.base ?? 'DPRD', parent: null },
			contextual: true
		});
	}
};
