// A deadline as people say it: a year's or a month's last day is "akhir 2025" / "end of March
// 2026", as the pledge most likely put it; any other day is printed as a date.
import type { UiLang } from '$lib/i18n/lang';
import { formatDate, formatMonth } from './date';

export function formatDeadline(iso: string, lang: UiLang): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return iso;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const lastOfMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate() === d;
	const end = lang === 'id' ? 'akhir' : 'end of';
	if (mo === 12 && d === 31) return `${end} ${y}`;
	if (lastOfMonth) return `${end} ${formatMonth(iso, lang)}`;
	return formatDate(iso, lang);
}
