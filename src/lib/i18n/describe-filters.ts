// The filters of a pledge view in words, for the caption of a downloaded chart and its citation:
// 'Kategori: Anggaran · Tahun: 2025'. Facet values use the same labels as the page's checkboxes.
import type { Category, InstitutionKind, Level, PledgeStatus, ReviewStatus, StatementKind, Strength } from '$lib/domain/vocabulary';
import { PLEDGE_FACETS, type PledgeFacet, type PledgeFilters } from '$lib/filters/pledge-filters';
import { formatMonth } from '$lib/format/date';
import type { UiLang } from './lang';
import type { Messages } from './messages-id';

/** A facet value as the /pledges checkboxes label it (and captions and citations name it). */
export function pledgeFacetValueLabel(t: Messages, facet: PledgeFacet, value: string, provinces: ReadonlyMap<string, string>): string {
	switch (facet) {
		case 'kind':
			return t.kinds[value as StatementKind];
		case 'category':
			return t.categories[value as Category];
		case 'actorKind':
			return t.institutionKinds[value as InstitutionKind];
		case 'level':
			return t.levels[value as Level];
		case 'strength':
			return t.strengths[value as Strength];
		case 'status':
			return t.statuses[value as PledgeStatus];
		case 'review':
			return t.reviews[value as ReviewStatus];
		case 'province':
			return provinces.get(value) ?? value;
		default:
			return value;
	}
}

export function describePledgeFilters(
	f: PledgeFilters,
	t: Messages,
	lang: UiLang,
	names: { institution?: string | null; provinces?: ReadonlyMap<string, string> } = {}
): string {
	const parts: string[] = [];
	if (f.institution) parts.push(`${t.search.institutionFilter}: ${names.institution ?? f.institution}`);
	if (f.q) parts.push(t.share.words(f.q));
	for (const facet of PLEDGE_FACETS) {
		const values = f[facet] as readonly (string | number)[];
		if (values.length) parts.push(`${t.facets[facet]}: ${values.map((v) => pledgeFacetValueLabel(t, facet, String(v), names.provinces ?? new Map())).join(', ')}`);
	}
	if (f.from || f.to) parts.push(t.search.range(f.from ? formatMonth(`${f.from}-01`, lang) : '…', f.to ? formatMonth(`${f.to}-01`, lang) : '…'));
	if (f.overdue) parts.push(t.share.overdue);
	return parts.length ? `${t.share.filtersPrefix} · ${parts.join(' · ')}` : t.share.noFilters;
}

/** How many filters a reader has set (the count on the collapsed filter button). */
export function countActiveFilters(f: PledgeFilters): number {
	return PLEDGE_FACETS.reduce((n, facet) => n + (f[facet] as readonly unknown[]).length, 0) + (f.q ? 1 : 0) + (f.institution ? 1 : 0) + (f.overdue ? 1 : 0) + (f.from || f.to ? 1 : 0);
}
