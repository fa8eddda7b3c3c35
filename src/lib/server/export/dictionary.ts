// The data dictionary as plain data for the /data page: every dataset and column in one language.
import type { Dataset } from './columns';
import { BULK_DATASETS } from './datapackage';

export interface DictionaryColumn {
	name: string;
	type: string;
	description: string;
	values: string[];
}

export interface DictionaryDataset {
	name: string;
	title: string;
	description: string;
	columns: DictionaryColumn[];
}

export function dataDictionary(lang: 'id' | 'en', datasets: readonly Dataset<never>[] = BULK_DATASETS): DictionaryDataset[] {
	return datasets.map((d) => ({
		name: d.name,
		title: d.title[lang],
		description: d.description[lang],
		columns: d.columns.map((c) => ({ name: c.name, type: c.type, description: c.description[lang], values: c.values ? [...c.values] : [] }))
	}));
}
