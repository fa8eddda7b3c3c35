// Columns of the pledges dataset (pledges and requests): /pledges.*, /institutions/[slug].*,
// /api/v1/pledges, data/pledges.csv. One column per field of the public statement
// ($lib/domain/public-statement), in its order, with its type, vocabulary and description.
import { camelCase, STATEMENT_FIELD_NAMES, STATEMENT_FIELDS, type PublicStatement, type StatementFieldName } from '$lib/domain/public-statement';
import type { Column, Dataset, ExportContext } from './columns';

/** The permalink is the one field computed when written: it needs the site's address. */
function valueOf(name: StatementFieldName): Column<PublicStatement>['value'] {
	if (name === 'permalink') return (r: PublicStatement, c: ExportContext) => `${c.origin}/pledges/${r.id}`;
	const key = camelCase(name);
	return (r: PublicStatement) => r[key];
}

export const pledgesDataset: Dataset<PublicStatement> = {
	name: 'pledges',
	primaryKey: 'id',
	title: { id: 'Janji dan permintaan', en: 'Pledges and requests' },
	description: {
		id: 'Satu baris per pernyataan: janji (komitmen lembaga) atau permintaan (lembaga meminta lembaga lain bertindak), dengan kutipan dan sumbernya. Pernyataan yang ditolak editor dan salinan berita sindikasi tidak pernah disertakan.',
		en: 'One row per statement: a pledge (an institution commits to act) or a request (an institution asks another to act), with its quote and source. Statements rejected by an editor and syndicated copies of articles are never included.'
	},
	columns: STATEMENT_FIELD_NAMES.map((name): Column<PublicStatement> => {
		const { type, description, ...rest }: { type: Column<never>['type']; description: Column<never>['description']; values?: readonly string[] } = STATEMENT_FIELDS[name];
		return { name, type, description, ...(rest.values ? { values: rest.values } : {}), value: valueOf(name) };
	})
};
