// Dates as news writes them: "Rabu (16/4/2025)", "(18/7/19)", year-less "Jumat (4/1)" completed
// from the publication date, "20 Mei 2025", "May 20, 2025", "20 May 2025".
import type { Span } from '../../domain/statement';

export interface DateMention {
	/** ISO date, YYYY-MM-DD. */
	iso: string;
	span: Span;
	/** True when the year came from the publication date. */
	inferredYear: boolean;
}

const MONTHS: Record<string, number> = {
	januari: 1, jan: 1, january: 1, februari: 2, feb: 2, february: 2, pebruari: 2, maret: 3, mar: 3, march: 3,
	april: 4, apr: 4, mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, agustus: 8, agu: 8,
	ags: 8, aug: 8, august: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, october: 10,
	november: 11, nov: 11, desember: 12, des: 12, dec: 12, december: 12, nopember: 11
};
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const NUMERIC = /\((\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\)/g;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_ALT})\\.?(?:\\s+(\\d{4}))?\\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1 || d > 31) return false;
	const dt = new Date(Date.UTC(y, m - 1, d));
	return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * Year for a year-less day/month: the publication year, or the year before when the date would
 * otherwise fall more than a month after publication (a January article quoting "(28/12)").
 */
export function completeYear(month: number, day: number, published: string | null): number | null {
	if (!published) return null;
	const [py, pm, pd] = published.split('-').map(Number);
	if (!py) return null;
	const pubOrdinal = (pm ?? 1) * 31 + (pd ?? 1);
	return month * 31 + day > pubOrdinal + 31 ? py - 1 : py;
}

/** Every date in `text`; year-less dates need `published` (ISO) and are skipped without it. */
export function parseDates(text: string, published: string | null = null, offset = 0): DateMention[] {
	const out: DateMention[] = [];
	const push = (y: number | null, m: number, d: number, start: number, end: number, inferred: boolean) => {
		if (y === null || !valid(y, m, d)) return;
		out.push({ iso: `${y}-${pad(m)}-${pad(d)}`, span: { text: text.slice(start, end), start: offset + start, end: offset + end }, inferredYear: inferred });
	};
	NUMERIC.lastIndex = 0;
	for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
		const d = Number(m[1]);
		const mo = Number(m[2]);
		let y: number | null = m[3] ? Number(m[3]) : completeYear(mo, d, published);
		if (y !== null && y < 100) y += 2000;
		push(y, mo, d, m.index, m.index + m[0].length, !m[3]);
	}
	DAY_MONTH_YEAR.lastIndex = 0;
	for (let m = DAY_MONTH_YEAR.exec(text); m; m = DAY_MONTH_YEAR.exec(text)) {
		const mo = MONTHS[m[2].toLowerCase()];
		const d = Number(m[1]);
		const y = m[3] ? Number(m[3]) : completeYear(mo, d, published);
		push(y, mo, d, m.index, m.index + m[0].length, !m[3]);
	}
	MONTH_DAY_YEAR.lastIndex = 0;
	for (let m = MONTH_DAY_YEAR.exec(text); m; m = MONTH_DAY_YEAR.exec(text)) {
		push(Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2]), m.index, m.index + m[0].length, false);
	}
	return out.sort((a, b) => a.span.start - b.span.start);
}
