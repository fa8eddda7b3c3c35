import { dataDictionary } from '$lib/server/export/dictionary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => ({
	datasets: dataDictionary(locals.lang),
	origin: url.origin,
	today: new Date().toISOString().slice(0, 10)
});
