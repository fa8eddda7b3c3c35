// A dashboard chart as an SVG or PNG file with its title, filters, legend, source, licence and date.
import { getReadDb } from '$lib/server/db/public-reads';
import { buildChartFile } from '$lib/server/export/chart-files';
import { renderChartPng } from '$lib/server/export/chart-png';
import { errorResponse } from '$lib/server/export/errors';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, locals }) => {
	const asked = url.searchParams.get('lang');
	const lang = asked === 'id' || asked === 'en' ? asked : locals.lang;
	// The date printed on the file, in Indonesia's western time (UTC+7), where the data is about.
	const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
	const result = await buildChartFile(getReadDb(locals), { name: params.name, params: url.searchParams, lang, origin: url.origin, today });
	if ('missing' in result) return errorResponse(404, 'not_found', `No institution has the slug "${result.missing}".`);
	if ('redirect' in result) {
		const query = new URLSearchParams(url.searchParams);
		query.set('institution', result.redirect);
		return new Response(null, { status: 301, headers: { location: `${url.pathname}?${query}` } });
	}
	const inline = url.searchParams.get('download') !== '1';
	const disposition = `${inline ? 'inline' : 'attachment'}; filename="${result.filename}.${params.format}"`;
	const headers = { 'content-disposition': disposition, 'cache-control': 'public, max-age=300', 'x-content-type-options': 'nosniff' };
	if (params.format === 'svg') return new Response(result.chart.svg, { headers: { ...headers, 'content-type': 'image/svg+xml; charset=utf-8' } });
	return new Response(new Uint8Array(renderChartPng(result.chart.svg)), { headers: { ...headers, 'content-type': 'image/png' } });
};
