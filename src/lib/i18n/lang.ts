// The two interface languages and how a request picks one: ?lang= beats the cookie beats Accept-Language.
export const UI_LANGS = ['id', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export const DEFAULT_LANG: UiLang = 'id';
export const LANG_COOKIE = 'lang';
export const LANG_PARAM = 'lang';

export function isUiLang(value: unknown): value is UiLang {
	return value === 'id' || value === 'en';
}

/** The first supported language in an Accept-Language header, honouring q-weights. */
export function langFromAcceptLanguage(header: string | null | undefined): UiLang | null {
	if (!header) return null;
	const ranked = header
		.split(',')
		.map((part, index) => {
			const [tag, ...params] = part.trim().toLowerCase().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { base: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, index };
		})
		.filter((r) => r.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index);
	for (const r of ranked) {
		if (r.base === 'id' || r.base === 'in') return 'id';
		if (r.base === 'en') return 'en';
	}
	return null;
}

export function pickLanguage(input: { param?: string | null; cookie?: string | null; acceptLanguage?: string | null }): UiLang {
	if (isUiLang(input.param)) return input.param;
	if (isUiLang(input.cookie)) return input.cookie;
	return langFromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LANG;
}
