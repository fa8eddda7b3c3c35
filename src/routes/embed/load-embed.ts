// Shared load of the embed pages: scope from the URL (institution, kind) and the monthly counts.
import { error, redirect } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/public-reads';
import { findEmbedCounts, readEmbedScope } from '$lib/server/export/embed-data';

export async function loadEmbed(url: URL, locals: App.Locals) {
	const db = getReadDb(locals);
	const result = await readEmbedScope(db, url.searchParams);
	if ('missing' in result) error(404, `No institution has the slug "${result.missing}".`);
	if ('redirect' in result) {
		const params = new URLSearchParams(url.searchParams);
		params.set('institution', result.redirect);
		redirect(301, `${url.pathname}?${params}`);
	}
	const { scope } = result;
	const counts = await findEmbedCounts(db, scope);
	const query = new URLSearchParams();
	if (scope.institution) query.set('institution', scope.institution.slug);
	if (scope.kind !== 'pledge') query.set('kind', scope.kind);
	return {
		scope,
		counts,
		query: query.toString(),
		/** The statements behind the chart, as CSV. */
		csvHref: scope.institution ? `/institutions/${scope.institution.slug}.csv?kind=${scope.kind}&download=1` : `/pledges.csv?kind=${scope.kind}&download=1`
	};
}
