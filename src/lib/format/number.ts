// Numbers, money and dates in the reader's language: "1.234" and "Rp1,4 triliun" in Indonesian,
// "1,234" and "IDR 1.4 trillion" in English. Pure, so server and browser print the same text.
import type { UiLang } from '$lib/i18n/lang';

const locales: Record<UiLang, string> = { id: 'id-ID', en: 'en-GB' };

export function formatNumber(value: number, lang: UiLang, maximumFractionDigits = 0): string {
	return new Intl.NumberFormat(locales[lang], { maximumFractionDigits }).format(value);
}

export function formatPercent(share: number, lang: UiLang): string {
	return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

const scales = [
	{ value: 1e12, id: 'triliun', en: 'trillion' },
	{ value: 1e9, id: 'miliar', en: 'billion' },
	{ value: 1e6, id: 'juta', en: 'million' },
	{ value: 1e3, id: 'ribu', en: 'thousand' }
] as const;

const qualifiers: Record<string, Record<UiLang, string>> = {
	about: { id: 'sekitar ', en: 'about ' },
	more_than: { id: 'lebih dari ', en: 'more than ' },
	up_to: { id: 'hingga ', en: 'up to ' }
};

/** "Rp1,4 triliun" / "IDR 1.4 trillion"; amounts below a thousand are written out in full. */
export function formatRupiah(amount: number, lang: UiLang, qualifier: string | null = null): string {
	const scale = scales.find((s) => Math.abs(amount) >= s.value);
	const prefix = qualifier ? (qualifiers[qualifier]?.[lang] ?? '') : '';
	const currency = lang === 'id' ? 'Rp' : 'IDR ';
	if (!scale) return `${prefix}${currency}${formatNumber(amount, lang)}`;
	const scaled = amount / scale.value;
	const digits = Math.abs(scaled) < 10 ? 2 : 1;
	return `${prefix}${currency}${formatNumber(scaled, lang, digits)} ${scale[lang]}`;
}
