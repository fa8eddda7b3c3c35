// Route matcher for the data siblings of a page: /pledges.csv, /pledges.json, /pledges.ndjson.
import type { ParamMatcher } from '@sveltejs/kit';
import { isExportFormat } from '$lib/server/export/formats';

export const match = ((param: string) => isExportFormat(param)) satisfies ParamMatcher;
