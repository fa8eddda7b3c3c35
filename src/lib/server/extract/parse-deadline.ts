// When a pledge says it will be done ("akhir tahun ini", "tahun depan", "sebelum Lebaran", "by March",
// "within six months"), resolved against the article's publication date to one ISO day: the last day
// the words allow. No phrase, no deadline: a date that only says when something happened ("Senin
// (12/5)", "sejak 2019", "tahun lalu") or lies before publication is never one. Pure; no clock.
import type { Deadline, Span } from '../../domain/statement';

export type { Deadline };

/** A calendar day; months 1–12. */
interface Day {
	y: number;
	m: number;
	d: number;
}

/**
 * Idul Fitri (1 Syawal) as Indonesia's government observes it, 2015–2025; later years from the
 * astronomical calendar (the official date can differ by a day; 2033 has two). "Sebelum Lebaran"
 * means the first of these on or after the publication date.
 */
export const IDUL_FITRI: readonly string[] = [
	'2015-07-17', '2016-07-06', '2017-06-25', '2018-06-15', '2019-06-05', '2020-05-24', '2021-05-13',
	'2022-05-02', '2023-04-22', '2024-04-10', '2025-03-31', '2026-03-20', '2027-03-10', '2028-02-27',
	'2029-02-14', '2030-02-05', '2031-01-24', '2032-01-14', '2033-01-02', '2033-12-23', '2034-12-12',
	'2035-12-01'
];

const MONTHS: Record<string, number> = {
	januari: 1, january: 1, februari: 2, pebruari: 2, february: 2, maret: 3, march: 3, april: 4, mei: 5, may: 5,
	juni: 6, june: 6, juli: 7, july: 7, agustus: 8, august: 8, september: 9, oktober: 10, october: 10,
	november: 11, nopember: 11, desember: 12, december: 12
};
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})`;

const NUMBER_WORDS: Record<string, number> = {
	satu: 1, se: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
	sebelas: 11, 'dua belas': 12, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
	eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20
};
const NUMBER = `(\\d{1,3}|dua\\s+belas|sebelas|sepuluh|sembilan|delapan|tujuh|enam|lima|empat|tiga|dua|satu|twelve|eleven|ten|nine|eight|seven|six|five|four|three|two|one|eighteen|twenty|an?)`;
const UNIT_ID = '(hari|pekan|minggu|bulan|tahun)';
const UNIT_EN = '(days?|weeks?|months?|years?)';
const YEAR = '((?:19|20)\\d{2})(?![\\d/]|\\s*[-–]\\s*\\d)';

/** A month's number; a lowercase "may" is the English verb ("the council may 2026 …" is no month). */
function monthOf(word: string): number | null {
	return word === 'may' ? null : (MONTHS[word.toLowerCase()] ?? null);
}

function numberOf(text: string): number | null {
	const t = text.toLowerCase().replace(/\s+/g, ' ');
	const n = /^\d+$/.test(t) ? Number(t) : NUMBER_WORDS[t];
	return n !== undefined && n > 0 && n <= 366 ? n : null;
}

// ---- calendar arithmetic (UTC, so no time zone moves a day) ----

function toDate(x: Day): Date {
	return new Date(Date.UTC(x.y, x.m - 1, x.d));
}
function fromDate(t: Date): Day {
	return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function iso(x: Day): string {
	return `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;
}
function parseIso(text: string): Day | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}
function monthEnd(y: number, m: number): Day {
	return fromDate(new Date(Date.UTC(y, m, 0)));
}
function addDays(x: Day, n: number): Day {
	const t = toDate(x);
	t.setUTCDate(t.getUTCDate() + n);
	return fromDate(t);
}
/** Same day n months on, or that month's last day when it is shorter (31 Aug + 6 months → 28 Feb). */
function addMonths(x: Day, n: number): Day {
	const total = x.m - 1 + n;
	const y = x.y + Math.floor(total / 12);
	const m = (total % 12) + 1;
	return { y, m, d: Math.min(x.d, monthEnd(y, m).d) };
}
/** The Sunday ending the week (Monday to Sunday) `weeks` after the one holding `x`. */
function weekEnd(x: Day, weeks: number): Day {
	const weekday = (toDate(x).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
	return addDays(x, 6 - weekday + 7 * weeks);
}
function validDay(y: number, m: number, d: number): boolean {
	const t = fromDate(toDate({ y, m, d }));
	return t.y === y && t.m === m && t.d === d;
}

function after(x: Day, n: number, unit: string): Day {
	const u = unit.toLowerCase().replace(/s$/, '');
	if (u === 'hari' || u === 'day') return addDays(x, n);
	if (u === 'pekan' || u === 'minggu' || u === 'week') return addDays(x, 7 * n);
	if (u === 'bulan' || u === 'month') return addMonths(x, n);
	return addMonths(x, 12 * n);
}

/** The next time `month` begins or is under way, from publication: this year's, or next year's once it has passed. */
function upcomingYear(month: number, pub: Day): number {
	return month >= pub.m ? pub.y : pub.y + 1;
}

/** Where in a year a word places the deadline: early → end of March, mid → end of June, else year end. */
function partOfYear(y: number, part: string | undefined): Day {
	const p = (part ?? '').toLowerCase();
	if (p === 'awal' || p === 'early') return monthEnd(y, 3);
	if (p === 'pertengahan' || p === 'medio' || p.startsWith('mid')) return monthEnd(y, 6);
	return { y, m: 12, d: 31 };
}

// ---- the phrases ----

interface Rule {
	pattern: RegExp;
	/** The deadline, or null when it cannot be resolved (a relative phrase without a publication date). */
	resolve(m: RegExpExecArray, pub: Day | null): Day | null;
}

const BEFORE = /^(?:sebelum|before)$/i;
const rule = (source: string, resolve: Rule['resolve']): Rule => ({ pattern: new RegExp(source, 'gi'), resolve });
const relative = (f: (m: RegExpExecArray, pub: Day) => Day | null) => (m: RegExpExecArray, pub: Day | null) => (pub ? f(m, pub) : null);
const yearOf = (word: string, pub: Day | null): number | null => {
	const w = word.toLowerCase();
	if (/^\d{4}$/.test(w)) return Number(w);
	if (!pub) return null;
	return w === 'depan' || w === 'next' ? pub.y + 1 : pub.y;
};

const RULES: Rule[] = [
	// "akhir tahun (ini|depan|2025)", "penghujung tahun", "awal/pertengahan tahun depan"
	rule(`\\b(akhir|penghujung|pengujung|ujung|awal|pertengahan|medio)\\s+tahun(?:\\s+anggaran)?(?:\\s+(ini|depan|${YEAR}))?(?!\\s+(?:lalu|kemarin|silam))\\b`, (m, pub) => {
		const y = m[2] ? yearOf(m[2], pub) : (pub?.y ?? null);
		return y === null ? null : partOfYear(y, m[1] === 'penghujung' || m[1] === 'pengujung' || m[1] === 'ujung' ? 'akhir' : m[1]);
	}),
	// "akhir 2025", "awal 2026", "pertengahan 2026"
	rule(`\\b(akhir|awal|pertengahan|medio)\\s+${YEAR}`, (m) => partOfYear(Number(m[2]), m[1])),
	// "(by) the end of this/next year", "end of 2025", "by end-2025", "by year-end"
	rule(`\\b(?:by\\s+)?(?:the\\s+)?end(?:\\s+of|-)\\s*(?:(this|next|the)\\s+year|${YEAR})`, (m, pub) => {
		const y = m[2] ? Number(m[2]) : yearOf(m[1] === 'the' ? 'this' : m[1], pub);
		return y === null ? null : { y, m: 12, d: 31 };
	}),
	rule(`\\b(?:by\\s+)?(?:the\\s+)?year[-\\s]end\\b`, relative((_, pub) => ({ y: pub.y, m: 12, d: 31 }))),
	// "early 2026", "mid-2026", "late 2025"
	rule(`\\b(early|mid-?|late)\\s*${YEAR}`, (m) => partOfYear(Number(m[2]), m[1])),
	// "tahun ini", "tahun depan", "this year", "next year"
	rule(`\\btahun\\s+(ini|depan)\\b`, relative((m, pub) => ({ y: m[1].toLowerCase() === 'depan' ? pub.y + 1 : pub.y, m: 12, d: 31 }))),
	rule(`\\b(this|next)\\s+year\\b`, relative((m, pub) => ({ y: m[1].toLowerCase() === 'next' ? pub.y + 1 : pub.y, m: 12, d: 31 }))),
	// "pekan/minggu ini|depan", "this/next week"
	rule(`\\b(?:pekan|minggu)\\s+(ini|depan)\\b`, relative((m, pub) => weekEnd(pub, m[1].toLowerCase() === 'depan' ? 1 : 0))),
	rule(`\\b(this|next)\\s+week\\b`, relative((m, pub) => weekEnd(pub, m[1].toLowerCase() === 'next' ? 1 : 0))),
	// "(akhir) bulan ini|depan", "(by the end of) this/next month"
	rule(`\\b(?:akhir\\s+)?bulan\\s+(ini|depan)\\b`, relative((m, pub) => {
		const next = addMonths({ ...pub, d: 1 }, m[1].toLowerCase() === 'depan' ? 1 : 0);
		return monthEnd(next.y, next.m);
	})),
	rule(`\\bakhir\\s+bulan\\b(?!\\s+(?:lalu|${MONTH.slice(1, -1)}))`, relative((_, pub) => monthEnd(pub.y, pub.m))),
	rule(`\\b(?:(?:by\\s+)?(?:the\\s+)?end\\s+of\\s+)?(this|next|the)\\s+month\\b`, relative((m, pub) => {
		if (m[1].toLowerCase() === 'the' && !/end/i.test(m[0])) return null;
		const next = addMonths({ ...pub, d: 1 }, m[1].toLowerCase() === 'next' ? 1 : 0);
		return monthEnd(next.y, next.m);
	})),
	// "dalam (waktu) tiga bulan", "paling lambat 30 hari", "enam bulan ke depan", "dalam sebulan"
	rule(`\\b(?:dalam(?:\\s+waktu)?|paling\\s+lambat|selambat-lambatnya|maksimal|maksimum)\\s+${NUMBER}\\s+${UNIT_ID}\\b(?!\\s+(?:terakhir|belakangan|lalu|kerja))`, relative((m, pub) => {
		const n = numberOf(m[1]);
		return n === null ? null : after(pub, n, m[2]);
	})),
	rule(`\\b${NUMBER}\\s+${UNIT_ID}\\s+(?:ke\\s+depan|mendatang)\\b`, relative((m, pub) => {
		const n = numberOf(m[1]);
		return n === null ? null : after(pub, n, m[2]);
	})),
	rule(`\\bdalam(?:\\s+waktu)?\\s+se(hari|pekan|minggu|bulan|tahun)\\b(?!\\s+(?:terakhir|belakangan|lalu))`, relative((m, pub) => after(pub, 1, m[1]))),
	// "within six months", "within the next 90 days", "in the next two years", "in three weeks"
	rule(`\\b(?:within(?:\\s+the\\s+next)?|in\\s+the\\s+(?:next|coming)|in)\\s+${NUMBER}\\s+${UNIT_EN}\\b(?!\\s+(?:ago|since))`, relative((m, pub) => {
		const n = numberOf(m[1]);
		return n === null ? null : after(pub, n, m[2]);
	})),
	// "sebelum Lebaran", "jelang Idul Fitri", "before Eid"
	rule(`\\b(?:sebelum|jelang|menjelang|before|ahead\\s+of|by)\\s+(?:hari\\s+raya\\s+)?(?:lebaran|idul\\s*fitri|idulfitri|eid(?:\\s+al-fitr)?)\\b`, relative((_, pub) => {
		const today = iso(pub);
		const next = IDUL_FITRI.find((d) => d >= today);
		return next ? parseIso(next) : null;
	})),
	rule(`\\b(?:sebelum|jelang|menjelang|before|by)\\s+(?:hari\\s+)?(?:natal|christmas)\\b`, relative((_, pub) => {
		const y = pub.m === 12 && pub.d > 25 ? pub.y + 1 : pub.y;
		return { y, m: 12, d: 25 };
	})),
	// A day with a deadline word before it: "paling lambat 31 Maret 2026", "sebelum 17 Agustus", "by June 30, 2026"
	rule(`\\b(paling\\s+lambat|selambat-lambatnya|sebelum|hingga|sampai(?:\\s+dengan)?|batas\\s+waktu|tenggat|by|before|until|no\\s+later\\s+than|deadline(?:\\s+of)?)\\s+(?:(?:tanggal|tgl\\.?)\\s+)?(\\d{1,2})\\s+${MONTH}(?:\\s+${YEAR})?`, (m, pub) =>
		dayDeadline(m[1], Number(m[2]), monthOf(m[3]), m[4] ? Number(m[4]) : null, pub)
	),
	rule(`\\b(by|before|until|no\\s+later\\s+than|deadline\\s+of)\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?`, (m, pub) =>
		dayDeadline(m[1], Number(m[3]), monthOf(m[2]), m[4] ? Number(m[4]) : null, pub)
	),
	// A month and year: "Desember 2025", "akhir Maret 2026", "sebelum Juni 2026", "by March 2026"
	// (Not the month of a full date without a deadline word: "rapat pada 12 Mei 2025".)
	rule(`\\b(?:(sebelum|before)\\s+)?(?:(?:akhir|awal|pertengahan|(?:the\\s+)?end\\s+of|early|mid-?|late)\\s+)?(?:bulan\\s+)?(?<!\\d\\s{1,3})${MONTH}\\s+${YEAR}`, (m) => {
		const month = monthOf(m[2]);
		if (month === null) return null;
		const y = Number(m[3]);
		return m[1] ? addDays({ y, m: month, d: 1 }, -1) : monthEnd(y, month);
	}),
	// A month without a year after a deadline word, or marked as coming: "paling lambat Maret",
	// "hingga akhir Juni", "by March", "before June", "Maret mendatang", "next March". A bare
	// "pada Maret" or "in March" can as well be a past month, so it is no deadline.
	rule(`\\b(paling\\s+lambat|selambat-lambatnya|sebelum|hingga|sampai(?:\\s+dengan)?|ditargetkan(?:\\s+(?:rampung|selesai|tuntas))?(?:\\s+pada)?|by|before|until|no\\s+later\\s+than)\\s+(?:(?:akhir|the\\s+end\\s+of|end\\s+of)\\s+)?(?:bulan\\s+)?${MONTH}\\b(?!\\s*\\d)`, relative((m, pub) => {
		const month = monthOf(m[2]);
		if (month === null) return null;
		const y = upcomingYear(month, pub);
		return BEFORE.test(m[1]) ? addDays({ y, m: month, d: 1 }, -1) : monthEnd(y, month);
	})),
	rule(`\\b(?:bulan\\s+)?${MONTH}\\s+(?:mendatang|nanti|depan)\\b`, relative((m, pub) => {
		const month = monthOf(m[1]);
		if (month === null) return null;
		const y = month > pub.m ? pub.y : pub.y + 1;
		return monthEnd(y, month);
	})),
	rule(`\\b(?:next|this\\s+coming)\\s+${MONTH}\\b(?!\\s*\\d)`, relative((m, pub) => {
		const month = monthOf(m[1]);
		return month === null ? null : monthEnd(month > pub.m ? pub.y : pub.y + 1, month);
	})),
	// A year after a word that makes it the pledge's horizon: "tahun 2026", "APBD Perubahan 2025",
	// "pada 2026", "hingga 2027", "sebelum 2030", "in 2026", "by 2026", "fiscal year 2026". Not the
	// year of a law's number ("Perda Nomor 5 Tahun 2019") nor one end of a range ("2025-2029").
	rule(`(?<!\\b(?:nomor|no\\.?)\\s*\\d+[a-z]?\\s+)\\b((?:pada|di)\\s+tahun(?:\\s+anggaran)?|tahun(?:\\s+anggaran)?|TA|APBD(?:\\s+Perubahan|-?P)?(?:\\s+(?:tahun|TA))?|APBN(?:\\s+Perubahan|-?P)?(?:\\s+(?:tahun|TA))?|pada|hingga|sampai(?:\\s+dengan)?|sebelum|target(?:nya)?|ditargetkan(?:\\s+(?:rampung|selesai|tuntas))?(?:\\s+pada)?|in|by|before|until|fiscal\\s+year|FY)\\s+${YEAR}`, (m) => {
		const y = Number(m[2]);
		return BEFORE.test(m[1]) ? { y: y - 1, m: 12, d: 31 } : { y, m: 12, d: 31 };
	}),
	rule(`\\b${YEAR}\\s+(?:mendatang|nanti)\\b`, (m) => ({ y: Number(m[1]), m: 12, d: 31 }))
];

function dayDeadline(cue: string, day: number, month: number | null, year: number | null, pub: Day | null): Day | null {
	if (month === null) return null;
	let y = year;
	if (y === null) {
		if (!pub) return null;
		y = month > pub.m || (month === pub.m && day >= pub.d) ? pub.y : pub.y + 1;
	}
	if (!validDay(y, month, day)) return null;
	const x = { y, m: month, d: day };
	return BEFORE.test(cue) ? addDays(x, -1) : x;
}

// What makes a phrase a point in the past, not a deadline: "sejak awal tahun ini", "earlier this
// year", "tahun 2024 lalu", "dalam tiga bulan terakhir", "in the last six months", "three months ago".
const PAST_BEFORE = /(?:\b(?:sejak|semenjak|since|earlier)\s+(?:(?:awal|akhir|pertengahan|the|early|late)\s+)?)$/i;
const PAST_AFTER = /^\s*(?:lalu|kemarin|silam|yang\s+lalu|terakhir|belakangan|ago)\b/i;

/** How far ahead a phrase may reach: "Indonesia Emas 2045" is a horizon, a year 80 ahead is not a deadline. */
const MAX_YEARS_AHEAD = 30;

interface Found {
	start: number;
	end: number;
	due: Day;
}

/**
 * The deadline a sentence states, resolved against `published` (ISO; relative phrases need it), or
 * null when it states none. With several, the first in the text. Offsets are into `text`, plus `offset`.
 */
export function parseDeadline(text: string, published: string | null = null, offset = 0): Deadline | null {
	const pub = published ? parseIso(published) : null;
	const raw: Found[] = [];
	for (const r of RULES) {
		r.pattern.lastIndex = 0;
		for (let m = r.pattern.exec(text); m; m = r.pattern.exec(text)) {
			const due = r.resolve(m, pub);
			if (due) raw.push({ start: m.index, end: m.index + m[0].length, due });
			if (m[0].length === 0) r.pattern.lastIndex++;
		}
	}
	// The longest phrase wins where phrases overlap ("akhir tahun depan" over "tahun depan"), and is
	// then judged whole: "sejak awal tahun ini" is past, and so is the "tahun ini" inside it.
	raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: Found[] = [];
	for (const f of raw) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
	kept.sort((a, b) => a.start - b.start);
	for (const f of kept) {
		if (PAST_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))) continue;
		if (PAST_AFTER.test(text.slice(f.end, f.end + 20))) continue;
		const dueOn = iso(f.due);
		if (pub && (dueOn < iso(pub) || f.due.y > pub.y + MAX_YEARS_AHEAD)) continue;
		const phrase = trimPhrase(text, f.start, f.end);
		return { dueOn, phrase: { text: phrase.text, start: offset + phrase.start, end: offset + phrase.end } };
	}
	return null;
}

function trimPhrase(text: string, start: number, end: number): Span {
	let s = start;
	let e = end;
	while (s < e && /\s/.test(text[s])) s++;
	while (e > s && /\s/.test(text[e - 1])) e--;
	return { text: text.slice(s, e), start: s, end: e };
}

/** The deadline of a statement: in its evidence sentence, else in the first restatement that states one. */
export function deadlineOf(evidence: Span, restatements: readonly Span[], published: string | null): Deadline | null {
	for (const span of [evidence, ...restatements]) {
		const found = parseDeadline(span.text, published, span.start);
		if (found) return found;
	}
	return null;
}
