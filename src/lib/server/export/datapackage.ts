// The Frictionless Data Package descriptor of the bulk download (datapackage.json): one resource
// per dataset, its Table Schema generated from the same column spec the CSVs are written with.
import type { Column, Dataset } from './columns';
import { articlesDataset } from './dataset-articles';
import { institutionsDataset } from './dataset-institutions';
import { pledgesDataset } from './dataset-pledges';

// Generic over the row type only at the call site; the descriptor does not look at rows.
type AnyDataset = Dataset<never>;
export const BULK_DATASETS = [pledgesDataset, institutionsDataset, articlesDataset] as unknown as readonly AnyDataset[];
export const BULK_NAMES = ['pledges', 'institutions', 'articles'] as const;
export type BulkName = (typeof BULK_NAMES)[number];

export const LICENSE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' } as const;

function field(c: Column<never>): Record<string, unknown> {
	const f: Record<string, unknown> = { name: c.name, type: c.type, description: c.description.en, 'x-description-id': c.description.id };
	if (c.values) f.constraints = { enum: [...c.values] };
	if (c.type === 'boolean') {
		f.trueValues = ['true'];
		f.falseValues = ['false'];
	}
	return f;
}

export function dataPackage(origin: string, now: Date): Record<string, unknown> {
	return {
		profile: 'tabular-data-package',
		name: 'pledgewatch',
		title: 'Pledgewatch: pledges and requests of Indonesian institutions',
		description: 'What legislatures, agencies and executive offices said they will do, as read from news, with the exact quote behind every row.',
		homepage: `${origin}/data`,
		created: now.toISOString(),
		licenses: [LICENSE],
		sources: [{ title: 'Pledgewatch', path: origin }],
		resources: BULK_DATASETS.map((d) => ({
			name: d.name,
			path: `${d.name}.csv`,
			profile: 'tabular-data-resource',
			title: d.title.en,
			description: d.description.en,
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
			dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
			schema: { fields: d.columns.map(field), primaryKey: d.primaryKey, missingValues: [''] }
		}))
	};
}
