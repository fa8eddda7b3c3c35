// Filters of the article list and its exports (/articles.*): text, language, outlet, publication
// period. Added next to the dashboard's filters, in the same tolerant-in, canonical-out style.
import { LANGUAGES, type Language } from '$lib/domain/vocabulary';
import { readList, readMonth, readText, readYears, toQuery, writeIf, writeList } from './url-params';

export interface ArticleFilters {
	q: string;
	language: Language[];
	/** Outlet domain, e.g. 'kabar-contoh.example'. */
	outlet: string | null;
	year: number[];
	/** Inclusive publication-month range 'YYYY-MM'. */
	from: string | null;
	to: string | null;
}

export function emptyArticleFilters(): ArticleFilters {
	return { q: '', language: [], outlet: null, year: [], from: null, to: null };
}

export function parseArticleFilters(params: URLSearchParams): ArticleFilters {
	const outlet = (params.get('outlet') ?? '').trim().toLowerCase();
	return {
		q: readText(params, 'q'),
		language: readList(params, 'language', LANGUAGES),
		outlet: /^[a-z0-9.-]{1,253}$/.test(outlet) ? outlet : null,
		year: readYears(params, 'year'),
		from: readMonth(params, 'from'),
		to: readMonth(params, 'to')
	};
}

export function articleFiltersToParams(f: ArticleFilters): URLSearchParams {
	const p = new URLSearchParams();
	writeIf(p, 'q', f.q);
	writeList(p, 'language', f.language);
	writeIf(p, 'outlet', f.outlet);
	writeList(p, 'year', f.year);
	writeIf(p, 'from', f.from);
	writeIf(p, 'to', f.to);
	return p;
}

export function articlesHref(f: ArticleFilters, base = '/articles'): string {
	return base + toQuery(articleFiltersToParams(f));
}
