// Finds institutions named in an article and gives each its canonical full name, kind, level and
// region: "DPRD Kotim" → "DPRD Kabupaten Kotawaringin Timur", "Kapolda Malut" → "Kepolisian Daerah
// Maluku Utara". Bare names ("DPRD", "Pak Gubernur") take the region the article is about. The
// matchers, one per family of names, are in ./institutions/; this file walks the article.
import type { InstitutionRef, Lang, Span } from '../../domain/statement';
import type { RegionLevel } from '../../domain/region';
import type { Gazetteer } from '../resolve/gazetteer';
import { createScan, type Candidate } from './institutions';
import { LEVEL_OF } from './institutions/scan';
import { LEVEL_TITLE, matchRegion, type RegionMatch } from './match-region';
import { isCapitalized, type Token } from './tokens';

export interface InstitutionHit {
	span: Span;
	/** Its `parts` say how the name was built (family, base, parent hint). */
	institution: InstitutionRef;
	/** The office the words themselves name ("Bupati", "Kapolda"), when they name one. */
	role: string | null;
	/** Token range [tokenStart, tokenEnd). */
	tokenStart: number;
	tokenEnd: number;
	/** True when the region or parent came from context, not from these words. */
	contextual: boolean;
}

export interface InstitutionContext {
	gazetteer: Gazetteer;
	lang: Lang;
}

/** A regency or city as names without a level word write it: "Kabupaten Kotawaringin Timur" → "Kotawaringin Timur". */
function bareRegionName(official: string): string {
	return official.replace(/^(Kabupaten|Kota Administrasi|Kota) /, '');
}

export function findInstitutions(text: string, tokens: readonly Token[], ctx: InstitutionContext): InstitutionHit[] {
	const scan = createScan(text, tokens, ctx);
	const { gazetteer: g, memory } = scan;
	const hits: InstitutionHit[] = [];
	const lastRegion: Partial<Record<RegionLevel, RegionMatch>> = {};

	const remember = (m: RegionMatch | null) => {
		if (!m) return;
		lastRegion[m.region.level] = m;
		if (m.region.provinceCode && !lastRegion.province) {
			const p = g.byCode(m.region.provinceCode);
			if (p) lastRegion.province = { region: p, display: p.name, end: m.end };
		}
	};

	// A dateline ("Palangka Raya, outlet –", "GARUT –") tells where the story happens.
	for (let i = 0; i < Math.min(tokens.length, 40); i++) {
		if (!isCapitalized(tokens[i].text)) continue;
		const m = matchRegion(text, tokens, i, g);
		if (m && /^\s*[,(–—-]/.test(text.slice(tokens[m.end - 1].end, tokens[m.end - 1].end + 3))) {
			remember(m);
			break;
		}
	}

	const fillFromContext = (c: Candidate) => {
		if (c.parts.family === 'dprd' && c.contextual) {
			// A bare "DPRD" is the regional DPRD the article last named.
			const last = memory.lastLegislature;
			if (last && last.parts.base === 'DPRD' && last.regionCode) {
				c.name = last.name;
				c.level = last.level;
				c.regionCode = last.regionCode;
				c.titledRegion = last.titledRegion;
			}
			return;
		}
		if (!c.contextual || !c.needs) return;
		const m = lastRegion[c.needs];
		if (!m) return;
		// "Kepolisian Daerah Kalimantan Tengah" and "Kantor Wilayah … Kalimantan Tengah" have no level word.
		const titled = c.parts.family !== 'kanwil' && c.parts.family !== 'polda';
		c.name = titled ? `${c.name} ${LEVEL_TITLE[m.region.level]} ${m.display}` : `${c.name} ${m.display}`;
		c.titledRegion = titled ? m.display : null;
		c.level = LEVEL_OF[m.region.level];
		c.regionCode = m.region.code;
	};

	for (let i = 0; i < tokens.length; ) {
		const c = scan.longestAt(i);
		if (!c || c.end <= i) {
			i++;
			continue;
		}
		fillFromContext(c);
		const end = Math.min(c.end, tokens.length);
		// An office whose region is nowhere in the article ("Bupati" alone) names no institution.
		const { family, base } = c.parts;
		if (c.contextual && !c.regionCode && (base === 'Pemerintah' || family === 'polda' || family === 'polres')) {
			i = end;
			continue;
		}
		let spanEnd = tokens[end - 1].end;
		// Close a parenthetical the last skipped token sits in: "(DPRD)".
		const written = text.slice(tokens[i].start, spanEnd);
		if (written.lastIndexOf('(') > written.lastIndexOf(')') && text[spanEnd] === ')') spanEnd++;
		const span: Span = { text: text.slice(tokens[i].start, spanEnd), start: tokens[i].start, end: spanEnd };
		const institution: InstitutionRef = { name: c.name, kind: c.kind, level: c.level, regionCode: c.regionCode, unit: c.unit, parts: c.parts };
		hits.push({ span, institution, role: c.role, tokenStart: i, tokenEnd: end, contextual: c.contextual });
		// Units and bare "DPRD" lean on the last regional DPRD, else on the first legislature named.
		if (c.kind === 'legislature' && c.regionCode && base === 'DPRD') memory.lastLegislature = c;
		else if (c.kind === 'legislature' && !memory.lastLegislature) memory.lastLegislature = c;
		if (c.regionCode) {
			const r = g.byCode(c.regionCode);
			if (r) remember({ region: r, display: c.titledRegion ?? bareRegionName(r.name), end });
		}
		memory.lastOfFamily.set(family, c);
		i = end;
	}
	return hits;
}
