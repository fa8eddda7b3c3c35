// Shared load of the embed pages: the view's filters from the URL (every /pledges filter, plus the
// institution) and its monthly counts, the same numbers as the page the embed was copied from.
import { error, redirect } from '@sveltejs/kit';
import { pledgeFiltersToParams } from '$lib/filters/pledge-filters';
import { toQuery } from '$lib/filters/url-params';
import { getReadDb } from '$lib/server/db/public-reads';
import { listProvinces } from '$lib/server/db/queries/dashboard-institutions';
import { loadEmbedView, readEmbedFilters } from '$lib/server/export/embed-data';

export async function loadEmbed(url: URL, locals: App.Locals) {
	const db = getReadDb(locals);
	const filters = readEmbedFilters(url.searchParams);
	const result = await loadEmbedView(db, filters);
	if ('missing' in result) error(404, `No institution has the slug "${result.missing}".`);
	if ('redirect' in result) {
		const params = new URLSearchParams(url.searchParams);
		params.set('institution', result.redirect);
		redirect(301, `${url.pathname}?${params}`);
	}
	const { counts, months, institution } = result.view;
	const provinces = filters.province.length ? (await listProvinces(db)).filter((p) => filters.province.includes(p.code)) : [];
	const params = pledgeFiltersToParams({ ...filters, sort: 'newest' });
	return {
		filters,
		counts,
		months,
		institution,
		provinces,
		/** The chart's own filters, for the PNG/SVG files of the same view. */
		query: params.toString(),
		/** The statements behind the chart, as CSV (same filters as the chart). */
		csvHref: `/pledges.csv${toQuery(params)}${params.size ? '&' : '?'}download=1`
	};
}
