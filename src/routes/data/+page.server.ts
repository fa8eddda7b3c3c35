import { citationBibtex, citationText, datasetCitable } from '$lib/citation';
import { dataDictionary } from '$lib/server/export/dictionary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const today = new Date().toISOString().slice(0, 10);
	const citable = datasetCitable(url.origin);
	return {
		datasets: dataDictionary(locals.lang),
		citation: citationText(citable, locals.lang, today),
		bibtex: citationBibtex(citable, today, locals.lang)
	};
};
