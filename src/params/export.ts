// Route matcher for the data siblings of a page: /pledges.csv, /pledges.json, /pledges.ndjson.
import type { ParamMatcher } from '@sveltejs/kit';
import { isExportFormat, type ExportFormat } from '$lib/server/export/formats';

export const match = ((param: string): param is ExportFormat => isExportFormat(param)) satisfies ParamMatcher;
