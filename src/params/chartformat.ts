// Route matcher for a chart file's format: a vector SVG or a PNG drawn from it on the server.
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string): param is 'svg' | 'png' => param === 'svg' || param === 'png') satisfies ParamMatcher;
