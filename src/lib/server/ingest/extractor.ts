// The seam between ingestion and extraction: ingestion only needs "article in, extraction out".
// The pipeline takes the function as an option, so tests and benchmarks can pass their own.
import type { ArticleInput, Extraction } from '$lib/domain/statement';

export type ArticleExtractor = (input: ArticleInput) => Extraction;

