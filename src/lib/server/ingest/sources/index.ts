// Every source behind one call: paths, folders, URLs and "-" for stdin, in the order given.
import type { SourceEvent } from '../types';
import { itemsFromFile, itemsFromStream, type FileOptions } from './files';
import { itemsFromUrl } from './web';

export type SourceOptions = FileOptions;

export async function* readSources(inputs: string[], options: SourceOptions = {}): AsyncGenerator<SourceEvent> {
	for (const input of inputs) {
		if (input === '-') yield* itemsFromStream('stdin', process.stdin, options);
		else if (/^https?:\/\//i.test(input)) yield* itemsFromUrl(input, options);
		else yield* itemsFromFile(input, options);
	}
}
