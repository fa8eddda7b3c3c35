// Route matcher for the bulk CSVs of the data package: /data/pledges.csv, /data/institutions.csv,
// /data/articles.csv. Runs in the browser too, so the list is written here; it equals BULK_NAMES
// in $lib/server/export/datapackage.ts (tests/unit/export-params.test.ts).
import type { ParamMatcher } from '@sveltejs/kit';

export const DATA_TABLES = ['pledges', 'institutions', 'articles'] as const;

export const match = ((param: string): param is (typeof DATA_TABLES)[number] => (DATA_TABLES as readonly string[]).includes(param)) satisfies ParamMatcher;
