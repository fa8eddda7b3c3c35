// Finds people named with their office ("Ketua DPRD Kotim, Drs. Bima S. Santoso", "Bupati Garut
// Dedi Kurnia", "Rina Wati, Wakil Ketua DPRD Kalbar") and keeps a registry so later short
// references ("Santoso", "Dedi", a misspelt "Kurnai") point back to them.
import type { InstitutionRef, Span } from '../../domain/statement';
import type { InstitutionHit } from './find-institutions';
import { editDistance, isCapitalized, type Token } from './tokens';

export interface Person {
	name: string;
	span: Span;
	/** Title as written, including the institution words: "Ketua DPRD Kotim". */
	role: string | null;
	/** Title with the canonical institution name: "Ketua DPRD Kabupaten Kotawaringin Timur". */
	canonicalRole: string | null;
	institution: InstitutionRef | null;
	tokenStart: number;
	tokenEnd: number;
}

/** Words that open a title in front of an institution ("Wakil Ketua I DPRD …"). */
const ROLE_WORDS = new Set([
	'ketua', 'wakil', 'sekretaris', 'anggota', 'kepala', 'koordinator', 'bendahara', 'direktur', 'plt', 'pj',
	'penjabat', 'juru', 'bicara', 'kabid', 'kasi', 'kasubag', 'staf', 'ahli', 'deputi', 'asisten', 'pimpinan',
	'chairman', 'chairwoman', 'head', 'deputy', 'member', 'speaker', 'chief', 'spokesperson', 'secretary',
	'main', 'expert', 'staff', 'of', 'the', 'umum', 'harian', 'pelaksana', 'tugas', 'supervisi', 'komisi'
]);
const ROLE_OPENERS = new Set([
	'ketua', 'wakil', 'sekretaris', 'anggota', 'kepala', 'koordinator', 'bendahara', 'direktur', 'plt', 'pj',
	'penjabat', 'juru', 'kabid', 'kasi', 'kasubag', 'staf', 'deputi', 'asisten', 'pimpinan', 'chairman',
	'chairwoman', 'head', 'deputy', 'member', 'speaker', 'chief', 'spokesperson', 'secretary', 'main'
]);
const NUMERAL = /^(?:I{1,3}|IV|V)$/;

/** Honorifics, ranks and degrees that come before or after a name but are not part of it. */
const HONORIFICS = new Set([
	'drs', 'dra', 'dr', 'h', 'hj', 'ir', 'prof', 'kh', 'irjen', 'pol', 'brigjen', 'kombes', 'akbp', 'akp',
	'jenderal', 'polisi', 'letjen', 'mayjen', 'laksamana', 'marsekal', 'kolonel', 'letkol', 'mayor', 'kapten',
	'lieutenant', 'general', 'tni', 'ret', 'purn', 'pak', 'bapak', 'ibu', 'bu', 'sdr', 'mr', 'mrs', 'ms',
	'insinyur', 'ustaz', 'ustadz', 'tuan', 'nyonya', 'kompol', 'iptu', 'ipda', 'aiptu', 'bripka', 'brigadir'
]);
const DEGREES = new Set(['sh', 'se', 'mh', 'mm', 'msi', 'si', 'spd', 'sip', 'sos', 'ag', 'kom', 'pd', 'ap', 'mba', 'phd', 'mt', 'st', 'ak', 'amd', 'mpd', 'map', 'ssos', 'ssi', 'skm', 'mkes']);
/** Capitalized words that cannot be part of a person's name. */
const NOT_NAME = new Set([
	'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'monday', 'tuesday', 'wednesday',
	'thursday', 'friday', 'saturday', 'sunday', 'menurut', 'dalam', 'di', 'yang', 'saat', 'usai', 'ketika',
	'dan', 'kami', 'kita', 'saya', 'ia', 'dia', 'he', 'she', 'they', 'we', 'said', 'the', 'this', 'selaku',
	'sebagai', 'juga', 'menambahkan', 'mengatakan', 'provinsi', 'kabupaten', 'kota', 'rp', 'ri', 'antara',
	'foto', 'red', 'wib', 'yesterday', 'today', 'on', 'in', 'at'
]);

function isName(t: Token): boolean {
	return isCapitalized(t.text) && !NOT_NAME.has(t.lower) && !/^\d/.test(t.text);
}

/** Reads a personal name starting at token `i` (after optional honorifics); returns its token range. */
export function readName(text: string, tokens: readonly Token[], i: number, stopAt: ReadonlySet<number>): [number, number] | null {
	let j = i;
	// Skip honorifics and ranks ("Drs.", "Irjen Pol", "Lieutenant General TNI (ret.)").
	while (j < tokens.length && j - i < 6 && HONORIFICS.has(tokens[j].lower) && isCapitalized(tokens[j].text) && !stopAt.has(j)) {
		const g = text.slice(tokens[j].end, tokens[j + 1]?.start ?? tokens[j].end);
		if (!/^[.\s()]*$/.test(g) || g.includes('\n')) return null;
		j++;
	}
	const start = j;
	while (j < tokens.length && j - start < 4 && isName(tokens[j]) && !stopAt.has(j)) {
		if (j > start) {
			const g = text.slice(tokens[j - 1].end, tokens[j].start);
			// Initials keep their dot ("S. Santoso"); anything else but a space ends the name.
			if (!(g === ' ' || (g === '. ' && tokens[j - 1].text.length <= 2))) break;
		}
		j++;
	}
	while (j > start && DEGREES.has(tokens[j - 1].lower)) j--;
	if (j === start) return null;
	if (j - start === 1 && tokens[start].text.length < 3) return null;
	return [start, j];
}

const canonicalRoleOf = (roleWords: string, hit: InstitutionHit): string => {
	const inst = hit.institution;
	const unit = inst.unit ? `${inst.unit} ` : '';
	if (hit.role) {
		const place = inst.name.replace(/^(Pemerintah (Provinsi|Kabupaten|Kota)|Kepolisian (Daerah|Resor( Kota)?))\s*/, '');
		if (/^(Kapolri|Presiden|President|Jaksa Agung|Panglima TNI|House Speaker)$/.test(hit.role) || hit.role.startsWith('Menteri')) return `${roleWords}${hit.role}`;
		if (hit.role === 'Kakanwil') return `${roleWords}Kepala ${inst.name}`;
		if (hit.role === 'Kalapas' || hit.role === 'Karutan') return `${roleWords}Kepala ${inst.name}`;
		return `${roleWords}${hit.role}${place && place !== inst.name ? ` ${place}` : ` ${inst.name}`}`;
	}
	return `${roleWords}${unit}${inst.name}`;
};

/** People introduced with an office, in text order. */
export function findPeople(text: string, tokens: readonly Token[], hits: readonly InstitutionHit[]): Person[] {
	const people: Person[] = [];
	const hitStarts = new Set<number>();
	for (const h of hits) for (let k = h.tokenStart; k < h.tokenEnd; k++) hitStarts.add(k);
	for (const h of hits) {
		// Title words right before the institution: "Wakil Ketua I", "Sekretaris", "Kepala".
		let r = h.tokenStart;
		while (r > 0 && h.tokenStart - r < 5) {
			const prev = tokens[r - 1];
			const g = text.slice(prev.end, tokens[r].start);
			if (g !== ' ' && !/^\s*\)\s*$/.test(g)) break;
			if (ROLE_WORDS.has(prev.lower) || (NUMERAL.test(prev.text) && r - 2 >= 0 && ROLE_WORDS.has(tokens[r - 2].lower))) r--;
			else break;
		}
		while (r < h.tokenStart && !ROLE_OPENERS.has(tokens[r].lower)) r++;
		const hasTitle = r < h.tokenStart || h.role !== null;
		if (!hasTitle) continue;
		const roleWords = r < h.tokenStart ? `${text.slice(tokens[r].start, tokens[h.tokenStart].start)}` : '';
		const roleText = text.slice(tokens[r].start, h.span.end);
		const canonicalRole = canonicalRoleOf(roleWords.replace(/\s+/g, ' '), h);
		// Name after the title: "…, Drs. Bima S. Santoso" / "Bupati Garut Dedi Kurnia".
		let n = h.tokenEnd;
		const between = n < tokens.length ? text.slice(h.span.end, tokens[n].start) : '';
		let name: [number, number] | null = null;
		if (n < tokens.length && /^[\s,]*$/.test(between) && !between.includes('\n')) name = readName(text, tokens, n, hitStarts);
		// Or before it: "Rina Wati, Wakil Ketua DPRD Kalbar".
		if (!name && r > 0) {
			const g = text.slice(tokens[r - 1].end, tokens[r].start);
			if (g === ', ') {
				let s = r - 1;
				while (s > 0 && r - 1 - s < 3 && isName(tokens[s - 1]) && text.slice(tokens[s - 1].end, tokens[s].start) === ' ') s--;
				if (isName(tokens[r - 1]) && !hitStarts.has(r - 1)) {
					const cand = readName(text, tokens, s, hitStarts);
					if (cand && cand[1] === r) name = cand;
				}
			}
		}
		if (!name) {
			// A title without a name still identifies the speaker ("kata Kapolri").
			people.push({ name: '', span: { text: roleText, start: tokens[r].start, end: h.span.end }, role: roleText, canonicalRole, institution: h.institution, tokenStart: r, tokenEnd: h.tokenEnd });
			continue;
		}
		n = name[0];
		const span: Span = { text: text.slice(tokens[name[0]].start, tokens[name[1] - 1].end), start: tokens[name[0]].start, end: tokens[name[1] - 1].end };
		people.push({ name: span.text, span, role: roleText, canonicalRole, institution: h.institution, tokenStart: Math.min(r, n), tokenEnd: Math.max(name[1], h.tokenEnd) });
	}
	return people;
}

const partsCache = new WeakMap<Person, string[]>();

function nameParts(p: Person): string[] {
	let parts = partsCache.get(p);
	if (!parts) {
		parts = p.name.toLowerCase().split(/[\s.]+/);
		partsCache.set(p, parts);
	}
	return parts;
}

/** Looks a capitalized word up among known people: exact name part, or one typo away in a long part. */
const partIndex = new WeakMap<readonly Person[], Map<string, Person>>();

/** Name part → the last person introduced with it, built once per article. */
function indexOfParts(people: readonly Person[]): Map<string, Person> {
	let index = partIndex.get(people);
	if (!index) {
		index = new Map();
		for (const p of people) for (const part of nameParts(p)) if (part.length >= 3) index.set(part, p);
		partIndex.set(people, index);
	}
	return index;
}

export function matchKnownPerson(word: string, people: readonly Person[]): Person | null {
	if (word.length < 3 || !isCapitalized(word)) return null;
	const w = word.toLowerCase();
	const exact = indexOfParts(people).get(w);
	if (exact) return exact;
	let fuzzy: Person | null = null;
	// Misspellings are looked for among the most recent people only, to stay linear.
	for (let k = people.length - 1; k >= Math.max(0, people.length - 30); k--) {
		const p = people[k];
		if (!p.name) continue;
		for (const part of nameParts(p)) {
			if (part.length < 3) continue;
			if (part === w) return p;
			if (!fuzzy && part.length >= 6 && w.length >= 6 && part[0] === w[0] && editDistance(part, w, 1) <= 1) fuzzy = p;
		}
	}
	return fuzzy;
}
