// Route matcher for the downloadable charts: /charts/timeline.svg, /charts/categories.png, …
// Runs in the browser too, so the list is written here; it equals CHART_NAMES in
// $lib/server/export/chart-files.ts (tests/unit/export-params.test.ts).
import type { ParamMatcher } from '@sveltejs/kit';

export const CHART_ROUTE_NAMES = ['timeline', 'categories', 'strength', 'status', 'provinces'] as const;

export const match = ((param: string): param is (typeof CHART_ROUTE_NAMES)[number] => (CHART_ROUTE_NAMES as readonly string[]).includes(param)) satisfies ParamMatcher;
