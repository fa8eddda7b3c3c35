// Route matcher for the data siblings of a page: /pledges.csv, /pledges.json, /pledges.ndjson.
// Not named "export": SvelteKit binds each matcher to a variable of its name, and that word is
// reserved. Matchers also run in the browser, so this file may not import $lib/server; the list
// is the same as EXPORT_FORMATS in $lib/server/export/formats.ts (tests/unit/export-params.test.ts).
import type { ParamMatcher } from '@sveltejs/kit';

export const DATA_FORMATS = ['csv', 'json', 'ndjson'] as const;

export const match = ((param: string): param is (typeof DATA_FORMATS)[number] => (DATA_FORMATS as readonly string[]).includes(param)) satisfies ParamMatcher;
