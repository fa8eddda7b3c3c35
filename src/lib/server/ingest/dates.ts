// Publication dates: from whatever the source carried (ISO, RFC 822, "16/4/2025"), else from the
// dateline news puts in the first lines ("PALANGKA RAYA - Rabu (16/4/2025)", "Jakarta, 3 Mei 2025").

const MONTHS: Record<string, number> = {
	jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, maret: 3, march: 3,
	apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
	agu: 8, agt: 8, ags: 8, agustus: 8, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
	okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, nopember: 11, november: 11,
	des: 12, desember: 12, dec: 12, december: 12
};

function isoDate(year: number, month: number, day: number): string | null {
	if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1) return null;
	return date.toISOString().slice(0, 10);
}

const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;
const WORDY = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b/;
const WORDY_EN = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/;

/** Finds a day-month-year date in free text; null when there is none. */
export function findDateInText(text: string): string | null {
	const numeric = NUMERIC.exec(text);
	if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
	const wordy = WORDY.exec(text);
	if (wordy && MONTHS[wordy[2].toLowerCase()]) return isoDate(Number(wordy[3]), MONTHS[wordy[2].toLowerCase()], Number(wordy[1]));
	const english = WORDY_EN.exec(text);
	if (english && MONTHS[english[1].toLowerCase()]) return isoDate(Number(english[3]), MONTHS[english[1].toLowerCase()], Number(english[2]));
	return null;
}

/** Parses a date a source gave as metadata. Returns 'YYYY-MM-DD' or null. */
export function parsePublished(value: string | null | undefined): string | null {
	const text = value?.trim();
	if (!text) return null;
	const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
	if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const parsed = Date.parse(text);
	// RFC 822 dates in feeds carry a zone; the calendar day where the outlet is matters, and
	// Indonesian outlets write in WIB, so a late-evening UTC time is already the next day there.
	if (!Number.isNaN(parsed)) return new Date(parsed + 7 * 3600_000).toISOString().slice(0, 10);
	return findDateInText(text);
}

/** The dateline: a date in the first ~300 characters of the body. */
export function datelineDate(body: string): string | null {
	return findDateInText(body.slice(0, 300));
}
