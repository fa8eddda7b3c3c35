// Cross-validation folds by article: an article's fold is fixed by a hash of its id, so a fold
// never changes when articles are added elsewhere, and a restated pledge never sits on both sides.
import { fnv1a32 } from './feature-hash';

export function foldOf(id: string, folds: number): number {
	return fnv1a32(`fold:${id}`) % folds;
}

/** Splits items into `folds` groups by the hash of their id. */
export function splitFolds<T>(items: readonly T[], idOf: (item: T) => string, folds: number): T[][] {
	const out: T[][] = Array.from({ length: folds }, () => []);
	for (const item of items) out[foldOf(idOf(item), folds)].push(item);
	return out;
}
