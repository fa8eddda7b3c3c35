// Cross-validation folds by article: an article's fold is fixed by a hash of its id, so a fold
// never changes when articles are added elsewhere, and a restated pledge never sits on both sides.
import { fnv1a32 } from './feature-hash';

export function foldOf(id: string, folds: number): number {
	return fnv1a32(`fold:${id}`) % folds;
}
