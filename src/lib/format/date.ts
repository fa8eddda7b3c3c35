// Calendar dates stored as 'YYYY-MM-DD' text, printed without ever building a Date in a time zone.
import type { UiLang } from '$lib/i18n/lang';

const months: Record<UiLang, string[]> = {
	id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
};
const shortMonths: Record<UiLang, string[]> = {
	id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

function parts(iso: string): [number, number, number] | null {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
	return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)] : null;
}

/** "16 April 2025" in both languages (the month name differs: "Mei" / "May"). */
export function formatDate(iso: string | null | undefined, lang: UiLang): string {
	const p = iso ? parts(iso) : null;
	if (!p) return lang === 'id' ? 'tanpa tanggal' : 'undated';
	return `${p[2]} ${months[lang][p[1] - 1]} ${p[0]}`;
}

/** "April 2025" */
export function formatMonth(iso: string, lang: UiLang): string {
	const p = parts(iso);
	return p ? `${months[lang][p[1] - 1]} ${p[0]}` : iso;
}

/** "Apr 2025", for axis ticks. */
export function formatMonthShort(iso: string, lang: UiLang): string {
	const p = parts(iso);
	return p ? `${shortMonths[lang][p[1] - 1]} ${p[0]}` : iso;
}

/** "Apr" only, for ticks inside a year. */
export function monthAbbrev(iso: string, lang: UiLang): string {
	const p = parts(iso);
	return p ? shortMonths[lang][p[1] - 1] : iso;
}
