// Finds institutions named in an article and gives each its canonical full name, kind, level and
// region: "DPRD Kotim" → "DPRD Kabupaten Kotawaringin Timur", "Kapolda Malut" → "Kepolisian Daerah
// Maluku Utara". Bare names ("DPRD", "Pak Gubernur") take the region the article is about.
import type { InstitutionKind, InstitutionLevel, InstitutionRef, Lang, Span } from '../../domain/statement';
import type { RegionLevel } from '../../domain/region';
import type { Gazetteer } from '../resolve/gazetteer';
import {
	AGENCY_ACRONYMS,
	DINAS_ACRONYMS,
	ENGLISH_MINISTRIES,
	FIXED_INSTITUTIONS,
	HEAD_OF_REGION,
	LEGISLATURE_UNITS,
	MINISTRY_ACRONYMS,
	MINISTRY_NAMES,
	type FixedInstitution
} from './institution-lexicon';
import { LEVEL_TITLE, matchRegion, skipParenthetical, type RegionMatch } from './match-region';
import { isCapitalized, type Token } from './tokens';
import { memoizedGazetteer } from './memo-gazetteer';

export interface InstitutionHit {
	span: Span;
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

type Family = 'dprd' | 'dpr' | 'pemerintah' | 'head' | 'polda' | 'polres' | 'ministry' | 'ditjen' | 'kanwil' | 'lapas' | 'upt' | 'dinas' | 'badan' | 'unit' | 'court' | 'fixed';

interface Candidate {
	end: number;
	name: string;
	kind: InstitutionKind;
	level: InstitutionLevel | null;
	regionCode: string | null;
	role: string | null;
	unit: string | null;
	family: Family;
	contextual: boolean;
	/** Region level still to take from context. */
	needs?: RegionLevel;
}

interface Phrase<T> {
	words: string[];
	value: T;
}

/** Longest-phrase lookup keyed by first word; phrases are short, so this stays linear in practice. */
class PhraseTable<T> {
	private byFirst = new Map<string, Phrase<T>[]>();
	constructor(entries: [string, T][]) {
		for (const [phrase, value] of entries) {
			const words = phrase.split(' ');
			const list = this.byFirst.get(words[0]) ?? [];
			list.push({ words, value });
			list.sort((a, b) => b.words.length - a.words.length);
			this.byFirst.set(words[0], list);
		}
	}
	match(tokens: readonly Token[], i: number): { value: T; end: number } | null {
		const list = this.byFirst.get(tokens[i]?.lower ?? '');
		if (!list) return null;
		for (const p of list) {
			let ok = i + p.words.length <= tokens.length;
			for (let k = 1; ok && k < p.words.length; k++) ok = tokens[i + k].lower === p.words[k];
			if (ok) return { value: p.value, end: i + p.words.length };
		}
		return null;
	}
}

const FIXED = new PhraseTable<FixedInstitution>(FIXED_INSTITUTIONS.map((f) => [f.phrase, f]));
const HEADS = new PhraseTable(Object.entries(HEAD_OF_REGION));
const UNITS = new PhraseTable(Object.entries(LEGISLATURE_UNITS));
const MINISTRIES = new PhraseTable<string>(MINISTRY_NAMES.map((n) => [n.toLowerCase().replace(/,/g, ''), n]));
const EN_MINISTRIES = new PhraseTable<string>(Object.entries(ENGLISH_MINISTRIES));
const LAPAS = new PhraseTable<[string, string | null]>([
	['lapas', ['Lembaga Pemasyarakatan', null]],
	['lembaga pemasyarakatan', ['Lembaga Pemasyarakatan', null]],
	['kalapas', ['Lembaga Pemasyarakatan', 'Kalapas']],
	['rutan', ['Rumah Tahanan Negara', null]],
	['rumah tahanan negara', ['Rumah Tahanan Negara', null]],
	['rumah tahanan', ['Rumah Tahanan Negara', null]],
	['karutan', ['Rumah Tahanan Negara', 'Karutan']],
	['bapas', ['Balai Pemasyarakatan', null]],
	['balai pemasyarakatan', ['Balai Pemasyarakatan', null]],
	['lpka', ['Lembaga Pembinaan Khusus Anak', null]],
	['lembaga pembinaan khusus anak', ['Lembaga Pembinaan Khusus Anak', null]]
]);
const POLICE = new PhraseTable<[Family, string | null]>([
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
const KANWIL = new PhraseTable<string | null>([
	['kanwil', null],
	['kantor wilayah', null],
	['kakanwil', 'Kakanwil']
]);
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

const SHORT_GOV: Record<string, RegionLevel | undefined> = { pemprov: 'province', pemkab: 'regency', pemkot: 'city', pemda: undefined };

/** First words that can open an institution name; anything else is skipped cheaply. */
const TRIGGERS: ReadonlySet<string> = new Set([
	...FIXED_INSTITUTIONS.map((f) => f.phrase.split(' ')[0]),
	...Object.keys(HEAD_OF_REGION).map((k) => k.split(' ')[0]),
	...Object.keys(LEGISLATURE_UNITS).map((k) => k.split(' ')[0]),
	...Object.keys(MINISTRY_ACRONYMS),
	...Object.keys(AGENCY_ACRONYMS),
	...Object.keys(SHORT_GOV),
	'dprd', 'dprk', 'dewan', 'dpr', 'pemerintah', 'kementerian', 'kementrian', 'menteri', 'wakil', 'ministry', 'minister',
	'direktorat', 'kanwil', 'kantor', 'kakanwil', 'lapas', 'lembaga', 'kalapas', 'rutan', 'rumah', 'karutan', 'bapas',
	'balai', 'lpka', 'polda', 'kepolisian', 'kapolda', 'wakapolda', 'polres', 'polresta', 'kapolres', 'kapolresta',
	'upt', 'unit', 'dinas', 'badan', 'komisi', 'fraksi', 'pengadilan', 'kejaksaan', 'kejari', 'kejati'
]);
const EN_OFFICES = new Set(['regent', 'regency', 'governor', 'mayor', 'provincial', 'province', 'city']);

/** English names put the region first ("Kampar Regency Government"): look a few words ahead. */
function englishOfficeAhead(tokens: readonly Token[], i: number): boolean {
	for (let k = i + 1; k < tokens.length && k <= i + 4; k++) if (EN_OFFICES.has(tokens[k].lower)) return true;
	return false;
}

const CLASS = /^(i{1,3}[ab]?|iv|[1-3][ab]?)$/i;
const PRISON_TYPES = new Set(['perempuan', 'narkotika', 'anak', 'terbuka', 'khusus']);
const ROMAN = /^(?:[IVX]{1,5}|[A-E])$/;
const LEVEL_OF: Record<RegionLevel, InstitutionLevel> = { province: 'province', regency: 'regency', city: 'city' };

function gap(text: string, tokens: readonly Token[], i: number): string {
	return i > 0 && i < tokens.length ? text.slice(tokens[i - 1].end, tokens[i].start) : ' ';
}

/**
 * True when a comma at token `k` continues a name written as a list, "Meteorologi, Klimatologi,
 * dan Geofisika": capitalized words and commas up to a "dan"/"and" before a capitalized word.
 * Otherwise a comma after an office is, in news, followed by the speaker's name and ends it.
 */
function commaListAhead(text: string, tokens: readonly Token[], k: number): boolean {
	for (let m = k; m < tokens.length && m < k + 8; m++) {
		const t = tokens[m];
		if (t.lower === 'dan' || t.lower === 'and') return m + 1 < tokens.length && isCapitalized(tokens[m + 1].text);
		if (!isCapitalized(t.text)) return false;
		if (m + 1 < tokens.length && !/^(\s|,\s)$/.test(gap(text, tokens, m + 1))) return false;
	}
	return false;
}

/** Capitalized words (allowing "dan" and list commas between them) from `i`, at most `max`. */
function capitalizedRun(
	text: string,
	tokens: readonly Token[],
	i: number,
	max: number,
	stop: (t: Token, index: number) => boolean
): number {
	let j = i;
	while (j < tokens.length && j - i < max) {
		const t = tokens[j];
		const g = j > i ? gap(text, tokens, j) : ' ';
		if (j > i && g !== ' ' && !(g === ', ' && commaListAhead(text, tokens, j))) break;
		if (stop(t, j)) break;
		if (isCapitalized(t.text)) j++;
		else if ((t.lower === 'dan' || t.lower === 'and') && j + 1 < tokens.length && isCapitalized(tokens[j + 1].text) && j > i) j++;
		else break;
	}
	while (j > i && (tokens[j - 1].lower === 'dan' || tokens[j - 1].lower === 'and')) j--;
	return j;
}

const LEVEL_WORD = new Set(['provinsi', 'kabupaten', 'kota', 'prov', 'kab']);

export function findInstitutions(text: string, tokens: readonly Token[], ctx: InstitutionContext): InstitutionHit[] {
	const g = memoizedGazetteer(ctx.gazetteer);
	const hits: InstitutionHit[] = [];
	const lastRegion: Partial<Record<RegionLevel, RegionMatch>> = {};
	let lastLegislature: InstitutionRef | null = null;
	const byFamilyPlace = new Map<string, string>();
	const lastOfFamily = new Map<Family, Candidate>();

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

	const regional = (
		base: string,
		m: RegionMatch | null,
		kind: InstitutionKind,
		family: Family,
		end: number,
		role: string | null,
		needs: RegionLevel | undefined
	): Candidate => {
		if (m) {
			return {
				end: Math.max(end, m.end),
				name: `${base} ${LEVEL_TITLE[m.region.level]} ${m.display}`,
				kind,
				level: LEVEL_OF[m.region.level],
				regionCode: m.region.code,
				role,
				unit: null,
				family,
				contextual: false
			};
		}
		return { end, name: base, kind, level: null, regionCode: null, role, unit: null, family, contextual: true, needs };
	};

	const tryAt = (i: number): Candidate | null => {
		const t = tokens[i];
		const l = t.lower;
		// Most words start no institution; a set lookup skips them before any matcher runs.
		const englishMinistry = ctx.lang === 'en' && isCapitalized(t.text) ? EN_MINISTRIES.match(tokens, i) : null;
		const englishMinistryHead = englishMinistry && /^minist(?:ry|er)$/.test(tokens[englishMinistry.end]?.lower ?? '') ? englishMinistry : null;
		if (!TRIGGERS.has(l) && !englishMinistryHead && !(ctx.lang === 'en' && isCapitalized(t.text) && englishOfficeAhead(tokens, i))) return null;
		const cands: Candidate[] = [];
		const cap = isCapitalized(t.text);

		const fixed = FIXED.match(tokens, i);
		if (fixed && (!fixed.value.lang || fixed.value.lang === ctx.lang)) {
			const f = fixed.value;
			// English "House" only as a proper noun.
			if (!(f.phrase === 'house' && !cap) && !(f.phrase === 'presiden' && !cap) && !(f.phrase === 'president' && !cap)) {
				let end = fixed.end;
				if (f.name === 'DPR RI' || f.name === 'Presiden Republik Indonesia') {
					end = skipParenthetical(text, tokens, end, tokens[end - 1].end);
				}
				cands.push({ end, name: f.name, kind: f.kind, level: 'national', regionCode: null, role: f.role ?? null, unit: null, family: f.name === 'DPR RI' ? 'dpr' : 'fixed', contextual: false });
			}
		}

		// DPRD / DPRK / Dewan Perwakilan Rakyat Daerah + region.
		let dprdEnd = -1;
		let dprk = false;
		if (l === 'dprd') dprdEnd = i + 1;
		else if (l === 'dprk') {
			dprdEnd = i + 1;
			dprk = true;
		} else if (l === 'dewan' && tokens[i + 1]?.lower === 'perwakilan' && tokens[i + 2]?.lower === 'rakyat' && tokens[i + 3]?.lower === 'daerah') dprdEnd = i + 4;
		if (dprdEnd > 0) {
			const after = skipParenthetical(text, tokens, dprdEnd, tokens[dprdEnd - 1].end);
			const m = after < tokens.length ? matchRegion(text, tokens, after, g) : null;
			if (m) {
				const c = regional(dprk ? 'DPRK' : 'DPRD', m, 'legislature', 'dprd', after, null, undefined);
				if (dprk) c.name = `DPRK ${m.display}`;
				cands.push(c);
			} else cands.push({ end: after, name: 'DPRD', kind: 'legislature', level: null, regionCode: null, role: null, unit: null, family: 'dprd', contextual: true });
		}

		// DPR (national unless a province follows, as in "DPR Papua").
		let dprEnd = -1;
		if (l === 'dpr' && t.text === 'DPR') dprEnd = i + 1;
		else if (l === 'dewan' && tokens[i + 1]?.lower === 'perwakilan' && tokens[i + 2]?.lower === 'rakyat' && tokens[i + 3]?.lower !== 'daerah') dprEnd = i + 3;
		if (dprEnd > 0) {
			let after = skipParenthetical(text, tokens, dprEnd, tokens[dprEnd - 1].end);
			if (tokens[after]?.lower === 'ri') after++;
			const m = after < tokens.length && gap(text, tokens, after) === ' ' ? matchRegion(text, tokens, after, g, 'province') : null;
			if (m && m.region.level === 'province' && after === dprEnd) {
				cands.push({ end: m.end, name: `DPR ${m.display}`, kind: 'legislature', level: 'province', regionCode: m.region.code, role: null, unit: null, family: 'dpr', contextual: false });
			} else cands.push({ end: after, name: 'DPR RI', kind: 'legislature', level: 'national', regionCode: null, role: null, unit: null, family: 'dpr', contextual: false });
		}

		// Pemerintah Provinsi/Kabupaten/Kota X, Pemprov/Pemkab/Pemkot X.
		if (l === 'pemerintah' && cap) {
			const m = matchRegion(text, tokens, i + 1, g);
			if (m) cands.push(regional('Pemerintah', m, 'executive', 'pemerintah', i + 1, null, undefined));
			else {
				const lw = tokens[i + 1]?.lower;
				const need: RegionLevel | undefined = lw === 'provinsi' ? 'province' : lw === 'kabupaten' ? 'regency' : lw === 'kota' ? 'city' : undefined;
				if (need) cands.push(regional('Pemerintah', null, 'executive', 'pemerintah', skipParenthetical(text, tokens, i + 2, tokens[i + 1].end), null, need));
			}
		}
		if (l in SHORT_GOV) {
			const need = SHORT_GOV[l];
			const m = matchRegion(text, tokens, i + 1, g, need);
			cands.push(regional('Pemerintah', m, 'executive', 'pemerintah', i + 1, null, need ?? 'regency'));
		}
		// English: "Kampar Regency Government", "the Central Kalimantan Provincial Government", "Kampar Regent".
		if (ctx.lang === 'en' && cap) {
			const m = matchRegion(text, tokens, i, g);
			if (m) {
				const w1 = tokens[m.end]?.lower;
				const w2 = tokens[m.end + 1]?.lower;
				const lvl: RegionLevel | undefined = w1 === 'regency' ? 'regency' : w1 === 'provincial' || w1 === 'province' ? 'province' : w1 === 'city' ? 'city' : undefined;
				if (lvl && (w2 === 'government' || w2 === 'administration')) {
					const region = m.region.level === lvl ? m : { ...m };
					cands.push(regional('Pemerintah', region, 'executive', 'pemerintah', m.end + 2, null, undefined));
				}
				const head = w1 ? HEAD_OF_REGION[w1] : undefined;
				if (head && (w1 === 'regent' || w1 === 'governor' || w1 === 'mayor')) {
					cands.push(regional('Pemerintah', m, 'executive', 'head', m.end + 1, head.role, undefined));
				}
			}
		}

		// Gubernur / Bupati / Wali Kota (+ region): an office and the executive it heads.
		const head = HEADS.match(tokens, i);
		if (head && (cap || i === 0 || tokens[i - 1].lower === 'pak' || tokens[i - 1].lower === 'bapak')) {
			let after = head.end;
			if (ctx.lang === 'en' && tokens[after]?.lower === 'of') after++;
			const m = matchRegion(text, tokens, after, g, head.value.level);
			const okLevel = m && (m.region.level === head.value.level || (head.value.level === 'regency' && m.region.level !== 'province'));
			cands.push(regional('Pemerintah', okLevel ? m : null, 'executive', 'head', head.end, head.value.role, head.value.level));
		}

		// Police: Polda / Kapolda / Polres + region.
		const police = POLICE.match(tokens, i);
		if (police) {
			const [fam, role] = police.value;
			const m = matchRegion(text, tokens, police.end, g, fam === 'polda' ? 'province' : 'regency');
			const base = fam === 'polda' ? 'Kepolisian Daerah' : l === 'polresta' || l === 'kapolresta' ? 'Kepolisian Resor Kota' : 'Kepolisian Resor';
			if (m) cands.push({ end: m.end, name: `${base} ${m.display}`, kind: 'agency', level: LEVEL_OF[m.region.level], regionCode: m.region.code, role, unit: null, family: fam, contextual: false });
			else cands.push({ end: police.end, name: base, kind: 'agency', level: null, regionCode: null, role, unit: null, family: fam, contextual: true, needs: fam === 'polda' ? 'province' : 'regency' });
		}

		// Ministries.
		if (l === 'kementerian' || l === 'kementrian' || (l === 'menteri' && cap) || (l === 'wakil' && tokens[i + 1]?.lower === 'menteri')) {
			const at = l === 'wakil' ? i + 2 : i + 1;
			const named = MINISTRIES.match(tokens, at);
			let end = named?.end ?? capitalizedRun(text, tokens, at, 1, () => false);
			if (end > at) {
				const ministry = named?.value ?? text.slice(tokens[at].start, tokens[end - 1].end);
				end = skipParenthetical(text, tokens, end, tokens[end - 1].end);
				const role = l === 'kementerian' || l === 'kementrian' ? null : `${l === 'wakil' ? 'Wakil Menteri' : 'Menteri'} ${ministry}`;
				cands.push({ end, name: `Kementerian ${ministry}`, kind: 'executive', level: 'national', regionCode: null, role, unit: null, family: 'ministry', contextual: false });
			}
		}
		if (MINISTRY_ACRONYMS[l] && (cap || t.text === t.text.toUpperCase())) {
			cands.push({ end: i + 1, name: `Kementerian ${MINISTRY_ACRONYMS[l]}`, kind: 'executive', level: 'national', regionCode: null, role: null, unit: null, family: 'ministry', contextual: false });
		}
		// English puts the portfolio first: "the Finance Ministry", "Home Affairs Minister Rina Sari".
		if (englishMinistryHead) {
			const isMinister = tokens[englishMinistryHead.end].lower === 'minister';
			const value = englishMinistryHead.value;
			cands.push({ end: englishMinistryHead.end + 1, name: `Kementerian ${value}`, kind: 'executive', level: 'national', regionCode: null, role: isMinister ? `Menteri ${value}` : null, unit: null, family: 'ministry', contextual: false });
		}
		if (ctx.lang === 'en' && (l === 'ministry' || l === 'minister') && tokens[i + 1]?.lower === 'of') {
			const m = EN_MINISTRIES.match(tokens, i + 2);
			if (m) cands.push({ end: m.end, name: `Kementerian ${m.value}`, kind: 'executive', level: 'national', regionCode: null, role: l === 'minister' ? `Menteri ${m.value}` : null, unit: null, family: 'ministry', contextual: false });
		}

		// Direktorat Jenderal X.
		if (l === 'direktorat' && tokens[i + 1]?.lower === 'jenderal') {
			// A Ditjen is national: a region after its name belongs to the office that contains it
			// ("Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Tengah"), and a comma ends
			// the name before the speaker's ("…, Bambang Sutrisno").
			const end = capitalizedRun(
				text,
				tokens,
				i + 2,
				4,
				(x, k) => LEVEL_WORD.has(x.lower) || (k > i + 2 && matchRegion(text, tokens, k, g, 'province') !== null)
			);
			if (end > i + 2) {
				const name = `Direktorat Jenderal ${text.slice(tokens[i + 2].start, tokens[end - 1].end)}`;
				cands.push({ end: skipParenthetical(text, tokens, end, tokens[end - 1].end), name, kind: 'agency', level: 'national', regionCode: null, role: null, unit: null, family: 'ditjen', contextual: false });
			}
		}

		// Kantor Wilayah (Kanwil) <parent> <province>.
		const kanwil = KANWIL.match(tokens, i);
		if (kanwil && cap) {
			let j = skipParenthetical(text, tokens, kanwil.end, tokens[kanwil.end - 1].end);
			let parent = '';
			const p = j < tokens.length ? tryParent(j) : null;
			if (p) {
				parent = p.name;
				j = p.end;
			}
			const m = j < tokens.length ? matchRegion(text, tokens, j, g, 'province') : null;
			const name = ['Kantor Wilayah', parent, m ? m.display : ''].filter(Boolean).join(' ');
			cands.push({ end: m ? m.end : j, name, kind: 'agency', level: m ? 'province' : null, regionCode: m?.region.code ?? null, role: kanwil.value, unit: null, family: 'kanwil', contextual: !m, needs: m ? undefined : 'province' });
		}

		// Lapas / Rutan / Bapas [Kelas IIA] [Perempuan] <place>.
		const lapas = LAPAS.match(tokens, i);
		if (lapas && (cap || l === 'lapas' || l === 'rutan')) {
			const [full, role] = lapas.value;
			let j = skipParenthetical(text, tokens, lapas.end, tokens[lapas.end - 1].end);
			let kelas = '';
			if (tokens[j]?.lower === 'kelas' && tokens[j + 1] && CLASS.test(tokens[j + 1].text)) {
				kelas = ` Kelas ${tokens[j + 1].text.toUpperCase()}`;
				j += 2;
			}
			let type = '';
			if (tokens[j] && PRISON_TYPES.has(tokens[j].lower) && isCapitalized(tokens[j].text)) {
				type = ` ${tokens[j].text}`;
				j++;
			}
			const m = j < tokens.length ? matchRegion(text, tokens, j, g) : null;
			const placeEnd = m ? m.end : capitalizedRun(text, tokens, j, 2, (x) => LEVEL_WORD.has(x.lower));
			const place = m ? m.display : placeEnd > j ? text.slice(tokens[j].start, tokens[placeEnd - 1].end) : '';
			const key = `${full}|${place.toLowerCase()}`;
			let name = `${full}${kelas}${type}${place ? ` ${place}` : ''}`;
			if (place && !kelas && byFamilyPlace.has(key)) name = byFamilyPlace.get(key) ?? name;
			else if (place) byFamilyPlace.set(key, name);
			const prev = lastOfFamily.get('lapas');
			if (!place && prev && prev.name.startsWith(full)) name = prev.name;
			cands.push({ end: Math.max(placeEnd, j), name, kind: 'agency', level: m ? LEVEL_OF[m.region.level] : null, regionCode: m?.region.code ?? null, role, unit: null, family: 'lapas', contextual: !place });
		}

		// UPT / Unit Pelaksana Teknis X.
		if ((l === 'upt' && t.text === 'UPT') || (l === 'unit' && tokens[i + 1]?.lower === 'pelaksana' && tokens[i + 2]?.lower === 'teknis')) {
			let j = l === 'upt' ? i + 1 : i + 3;
			j = skipParenthetical(text, tokens, j, tokens[j - 1].end);
			const end = capitalizedRun(text, tokens, j, 3, (x) => LEVEL_WORD.has(x.lower));
			const name = `Unit Pelaksana Teknis${end > j ? ` ${text.slice(tokens[j].start, tokens[end - 1].end)}` : ''}`;
			cands.push({ end: Math.max(end, j), name, kind: 'agency', level: null, regionCode: null, role: null, unit: null, family: 'upt', contextual: false });
		}

		// Dinas X [Provinsi|Kabupaten|Kota Y] and short forms (Dinkes, Dinas PUPR).
		if ((l === 'dinas' && cap) || (AGENCY_ACRONYMS[l] && (cap || t.text === t.text.toUpperCase() || l === 'bappeda'))) {
			let base: string;
			let j: number;
			if (l === 'dinas') {
				const acr = tokens[i + 1] ? DINAS_ACRONYMS[tokens[i + 1].lower] : undefined;
				if (acr) {
					base = `Dinas ${acr}`;
					j = i + 2;
				} else {
					const end = capitalizedRun(text, tokens, i + 1, 6, (x) => LEVEL_WORD.has(x.lower) || !!g.findRegion(x.text));
					base = end > i + 1 ? `Dinas ${text.slice(tokens[i + 1].start, tokens[end - 1].end)}` : '';
					j = end;
				}
			} else {
				base = AGENCY_ACRONYMS[l];
				j = i + 1;
			}
			if (base) {
				j = skipParenthetical(text, tokens, j, tokens[j - 1].end);
				const m = j < tokens.length ? matchRegion(text, tokens, j, g) : null;
				cands.push(regional(base, m, 'agency', 'dinas', j, null, 'regency'));
			}
		}

		// Badan / Balai X (legislature units such as Badan Anggaran are handled below).
		if ((l === 'badan' || l === 'balai') && cap && !UNITS.match(tokens, i)) {
			let j = i + 1;
			if (l === 'balai' && tokens[j]?.lower === 'besar') j++;
			// The region after the name is the agency's seat, not part of its name.
			const end = capitalizedRun(text, tokens, j, 6, (x, k) => LEVEL_WORD.has(x.lower) || (k > j && !!g.findRegion(x.text)));
			if (end > j) {
				const base = text.slice(t.start, tokens[end - 1].end);
				const after = skipParenthetical(text, tokens, end, tokens[end - 1].end);
				const m = after < tokens.length ? matchRegion(text, tokens, after, g) : null;
				const c = regional(base, m, 'agency', 'badan', after, null, undefined);
				if (!m) c.contextual = false;
				cands.push(c);
			}
		}

		// Komisi II, Fraksi X, Bapemperda: units that speak for their legislature.
		let unitName: string | null = null;
		let unitEnd = -1;
		if (l === 'komisi' && cap && tokens[i + 1] && ROMAN.test(tokens[i + 1].text)) {
			unitName = `Komisi ${tokens[i + 1].text}`;
			unitEnd = i + 2;
		} else if (l === 'fraksi' && cap) {
			const end = capitalizedRun(text, tokens, i + 1, 3, (x) => x.lower === 'dprd' || x.lower === 'dpr');
			if (end > i + 1) {
				unitName = text.slice(t.start, tokens[end - 1].end);
				unitEnd = end;
			}
		} else {
			const u = UNITS.match(tokens, i);
			if (u && (cap || u.end - i === 1)) {
				unitName = u.value;
				unitEnd = skipParenthetical(text, tokens, u.end, tokens[u.end - 1].end);
			}
		}
		if (unitName && unitEnd > 0) {
			const parent = unitEnd < tokens.length ? tryAt(unitEnd) : null;
			if (parent && parent.kind === 'legislature') {
				cands.push({ ...parent, unit: unitName, role: null });
			} else {
				cands.push({ end: unitEnd, name: lastLegislature?.name ?? 'DPRD', kind: 'legislature', level: lastLegislature?.level ?? null, regionCode: lastLegislature?.regionCode ?? null, role: null, unit: unitName, family: 'unit', contextual: true });
			}
		}

		// Courts and prosecutors.
		const court = COURTS.match(tokens, i);
		if (court && cap) {
			const m = matchRegion(text, tokens, court.end, g);
			const placeEnd = m ? m.end : capitalizedRun(text, tokens, court.end, 2, () => false);
			const place = m ? m.display : placeEnd > court.end ? text.slice(tokens[court.end].start, tokens[placeEnd - 1].end) : '';
			cands.push({ end: Math.max(placeEnd, court.end), name: `${court.value}${place ? ` ${place}` : ''}`, kind: 'judiciary', level: m ? LEVEL_OF[m.region.level] : null, regionCode: m?.region.code ?? null, role: null, unit: null, family: 'court', contextual: false });
		}

		if (cands.length === 0) return null;
		cands.sort((a, b) => b.end - a.end);
		return cands[0];
	};

	// A Kanwil's parent: Ditjenpas, Kemenkumham, Kementerian X, Direktorat Jenderal X.
	function tryParent(j: number): { name: string; end: number } | null {
		const f = FIXED.match(tokens, j);
		if (f && (f.value.name.startsWith('Direktorat') || f.value.name.startsWith('Kementerian'))) return { name: f.value.name, end: f.end };
		const acr = MINISTRY_ACRONYMS[tokens[j].lower];
		if (acr) return { name: `Kementerian ${acr}`, end: j + 1 };
		if (tokens[j].lower === 'kementerian' || tokens[j].lower === 'direktorat') {
			const c = tryAtPublic(j);
			if (c) return { name: c.name, end: c.end };
		}
		return null;
	}
	const tryAtPublic = (j: number) => tryAt(j);

	const fillFromContext = (c: Candidate) => {
		if (c.family === 'dprd' && c.contextual) {
			if (lastLegislature && lastLegislature.name.startsWith('DPRD ')) {
				c.name = lastLegislature.name;
				c.level = lastLegislature.level;
				c.regionCode = lastLegislature.regionCode;
			}
			return;
		}
		if (!c.contextual || !c.needs) return;
		const m = lastRegion[c.needs] ?? (c.needs !== 'province' ? undefined : undefined);
		if (!m) return;
		c.name = `${c.name} ${c.family === 'kanwil' || c.family === 'polda' ? '' : `${LEVEL_TITLE[m.region.level]} `}${m.display}`;
		c.level = LEVEL_OF[m.region.level];
		c.regionCode = m.region.code;
	};

	for (let i = 0; i < tokens.length; ) {
		const c = tryAt(i);
		if (!c || c.end <= i) {
			i++;
			continue;
		}
		fillFromContext(c);
		const end = Math.min(c.end, tokens.length);
		// An office whose region is nowhere in the article ("Bupati" alone) names no institution.
		if (c.contextual && (c.name === 'Pemerintah' || c.name === 'Kepolisian Daerah' || c.name.startsWith('Kepolisian Resor') && !c.regionCode)) {
			i = end;
			continue;
		}
		let spanEnd = tokens[end - 1].end;
		// Close a parenthetical the last skipped token sits in: "(DPRD)".
		const written = text.slice(tokens[i].start, spanEnd);
		if (written.lastIndexOf('(') > written.lastIndexOf(')') && text[spanEnd] === ')') spanEnd++;
		const span: Span = { text: text.slice(tokens[i].start, spanEnd), start: tokens[i].start, end: spanEnd };
		const institution: InstitutionRef = { name: c.name, kind: c.kind, level: c.level, regionCode: c.regionCode, unit: c.unit };
		hits.push({ span, institution, role: c.role, tokenStart: i, tokenEnd: end, contextual: c.contextual });
		if (c.kind === 'legislature' && c.regionCode && c.name.startsWith('DPRD')) lastLegislature = institution;
		else if (c.kind === 'legislature' && !lastLegislature) lastLegislature = institution;
		if (c.regionCode) {
			const r = g.byCode(c.regionCode);
			if (r) remember({ region: r, display: c.name.split(' ').slice(-1)[0] === r.name ? r.name : displayFromName(c, r.name), end });
		}
		lastOfFamily.set(c.family, c);
		i = end;
	}
	return hits;
}

// The region part of a canonical name we built ("DPRD Kota Palangka Raya" → "Palangka Raya").
function displayFromName(c: Candidate, official: string): string {
	const bare = official.replace(/^(Kabupaten|Kota Administrasi|Kota) /, '');
	const lv = c.level && c.level !== 'national' ? LEVEL_TITLE[c.level as RegionLevel] : null;
	if (lv) {
		const at = c.name.indexOf(` ${lv} `);
		if (at >= 0) return c.name.slice(at + lv.length + 2);
	}
	return bare;
}
