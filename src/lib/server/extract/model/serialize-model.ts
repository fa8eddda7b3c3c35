// The model file's bytes: plain JSON with one head per line, so a retrained model's diff stays
// readable and the same model always gives the same bytes.
import type { ModelFile } from './pledge-model';

export function serializeModel(model: ModelFile): string {
	const { heads, columns, merge, ...meta } = model;
	const names = Object.keys(heads) as (keyof ModelFile['heads'])[];
	const lines = [
		JSON.stringify(meta).slice(0, -1) + ',',
		`"columns": ${JSON.stringify(columns)},`,
		`"merge": ${JSON.stringify(merge)},`,
		`"heads": {`,
		...names.map((name, i) => `${JSON.stringify(name)}: ${JSON.stringify(heads[name])}${i < names.length - 1 ? ',' : ''}`),
		`}}`,
		``
	];
	return lines.join('\n');
}
