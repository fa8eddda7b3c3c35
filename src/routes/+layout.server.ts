// Every page knows its language and whether demo data is loaded (for the banner).
import type { LayoutServerLoad } from './$types';
import { getReadDb } from '$lib/server/db/public-reads';
import { hasDemoData } from '$lib/server/db/queries/dashboard-overview';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	// Reading the param makes SvelteKit re-run this load when ?lang= changes on client navigation.
	url.searchParams.get('lang');
	return { lang: locals.lang, demo: await hasDemoData(getReadDb(locals)) };
};
