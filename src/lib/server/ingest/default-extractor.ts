// The production extractor (src/lib/server/extract), bound to the region gazetteer.
import { extractStatements } from '../extract';
import type { Gazetteer } from '../resolve/gazetteer';
import type { ArticleExtractor } from './extractor';

export function defaultExtractor(gazetteer: Gazetteer): ArticleExtractor {
	return (input) => extractStatements(input, { gazetteer });
}
