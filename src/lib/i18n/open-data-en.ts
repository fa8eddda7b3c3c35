// English text of the data page and the embeddable charts.
import type { openDataId } from './open-data-id';

export const openDataEn: typeof openDataId = {
	page: {
		title: 'Data and data dictionary',
		intro: 'All Pledgewatch data can be downloaded and reused. Every list page has .csv, .json and .ndjson siblings with the same filters; add ?download=1 for a file name that names the filters and the date, and ?bom=1 if Excel garbles letters.',
		bulk: 'Bulk download',
		bulkText: 'A Frictionless Data Package (datapackage.json with table schemas) and institutions, people and roles as Popolo JSON.',
		licence: 'Licence',
		licenceText: 'The data is released under Creative Commons Attribution 4.0 (CC BY 4.0): share and adapt it for any purpose, crediting Pledgewatch as the source. Quotes from news remain their outlets’; always link the source article.',
		cite: 'How to cite',
		citeText: 'Every pledge and institution profile has a "cite this" button with a sentence, BibTeX and CSL-JSON. For the data:',
		api: 'API',
		apiText: 'A read-only JSON API under /api/v1/, described by the OpenAPI document at',
		columns: 'Columns',
		column: 'Column',
		type: 'Type',
		meaning: 'Meaning',
		values: 'Values'
	},
	embed: {
		timeline: { pledge: 'Pledges per month, by category', request: 'Requests per month, by category' },
		categories: { pledge: 'Pledges by category', request: 'Requests by category' },
		all: 'All institutions',
		summary: (total, kind) => `${total} ${kind} recorded.`,
		kind: { pledge: 'pledges', request: 'requests' },
		source: 'Source: Pledgewatch, data CC BY 4.0',
		demo: 'demo data, not real news',
		seeMore: 'See it on Pledgewatch',
		download: 'Download chart',
		data: 'Data (CSV)',
		empty: 'No data for this chart yet.'
	}
};
