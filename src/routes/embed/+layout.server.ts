// Embed pages answer for the link back in the attribution line: the page of the same view (the
// overview, a profile or a /pledges selection), with its filters. The root layout gives lang and demo.
import { timelinePagePath } from '$lib/server/export/chart-files';
import { readEmbedFilters } from '$lib/server/export/embed-data';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ url }) => {
	return { backHref: `${url.origin}${timelinePagePath(readEmbedFilters(url.searchParams))}` };
};
