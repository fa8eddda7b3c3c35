// Route matcher for the bulk CSVs of the data package: /data/pledges.csv, /data/institutions.csv, /data/articles.csv.
import type { ParamMatcher } from '@sveltejs/kit';
import { BULK_NAMES, type BulkName } from '$lib/server/export/datapackage';

export const match = ((param: string): param is BulkName => (BULK_NAMES as readonly string[]).includes(param)) satisfies ParamMatcher;
