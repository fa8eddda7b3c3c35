// What every institution matcher works on: the article's tokens, the gazetteer, what the article
// has named so far, and the candidate a matcher proposes at one token.
import type { InstitutionFamily, InstitutionKind, InstitutionLevel, InstitutionParts, Lang } from '../../../domain/statement';
import type { RegionLevel } from '../../../domain/region';
import type { Gazetteer } from '../../resolve/gazetteer';
import { LEVEL_TITLE, type RegionMatch } from '../match-region';
import type { Token } from '../tokens';

/** One reading of the words from a token on: a canonical name and where the words end. */
export interface Candidate {
	/** Token index just after the name. */
	end: number;
	name: string;
	kind: InstitutionKind;
	level: InstitutionLevel | null;
	regionCode: string | null;
	/**
	 * The region as the name writes it after a level title ("DPRD Kota Palangka Raya" → "Palangka
	 * Raya"). Later bare names in the article reuse it; when null they take the gazetteer's name.
	 */
	titledRegion: string | null;
	/** The office the words themselves name ("Bupati", "Kapolda"), when they name one. */
	role: string | null;
	unit: string | null;
	parts: InstitutionParts;
	/** True when the region or parent came from context, not from these words. */
	contextual: boolean;
	/** Region level still to take from context. */
	needs?: RegionLevel;
}

/** What the article has named so far; matchers read it, and the prison matcher also writes it. */
export interface ArticleMemory {
	lastLegislature: Candidate | null;
	/** Prison names by facility and place, so "Lapas Garut" reuses "Lapas Kelas IIA Garut". */
	prisonByPlace: Map<string, string>;
	lastOfFamily: Map<InstitutionFamily, Candidate>;
}

export interface Scan {
	readonly text: string;
	readonly tokens: readonly Token[];
	/** Memoized: the same region names come up in every article. */
	readonly gazetteer: Gazetteer;
	readonly lang: Lang;
	readonly memory: ArticleMemory;
	/** The longest institution name at token `i`, for names that contain another ("Komisi II DPRD Kotim"). */
	longestAt(i: number): Candidate | null;
}

/** The token a matcher is asked about. */
export interface At {
	i: number;
	token: Token;
	lower: string;
	cap: boolean;
}

export interface Matcher {
	/** Lower-case first words that can open a name of this family; other words skip every matcher. */
	triggers: readonly string[];
	/** Openings that are not fixed words (English puts the region or portfolio first). */
	opensAt?(scan: Scan, at: At): boolean;
	/** Adds this family's readings at `at` to `out`; the longest of all families wins. */
	match(scan: Scan, at: At, out: Candidate[]): void;
}

export const LEVEL_OF: Record<RegionLevel, InstitutionLevel> = { province: 'province', regency: 'regency', city: 'city' };

/** A regional institution "<base> <Provinsi|Kabupaten|Kota> <region>", or the bare base when no region follows. */
export function regional(
	parts: InstitutionParts,
	m: RegionMatch | null,
	kind: InstitutionKind,
	end: number,
	role: string | null,
	needs: RegionLevel | undefined
): Candidate {
	if (m) {
		return {
			end: Math.max(end, m.end),
			name: `${parts.base} ${LEVEL_TITLE[m.region.level]} ${m.display}`,
			kind,
			level: LEVEL_OF[m.region.level],
			regionCode: m.region.code,
			titledRegion: m.display,
			role,
			unit: null,
			parts,
			contextual: false
		};
	}
	return { end, name: parts.base, kind, level: null, regionCode: null, titledRegion: null, role, unit: null, parts, contextual: true, needs };
}

/** A national institution with a fixed name. */
export function national(end: number, name: string, kind: InstitutionKind, role: string | null, parts: InstitutionParts): Candidate {
	return { end, name, kind, level: 'national', regionCode: null, titledRegion: null, role, unit: null, parts, contextual: false };
}
