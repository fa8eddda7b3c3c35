// Category colours and patterns. Okabe–Ito hues (distinguishable with the common colour-vision
// deficiencies), each paired with a fill pattern and always with a text label, so colour is never
// the only cue.
import type { ScoreBucket } from '$lib/domain/scorecard';
import type { Category } from '$lib/domain/vocabulary';

export const CATEGORY_COLORS: Record<Category, string> = {
	budget: '#0072B2',
	oversight: '#E69F00',
	program: '#009E73',
	regulation: '#CC79A7',
	other: '#6B6B6B'
};

/** Pattern drawn over the colour: none, diagonal, dots, cross-hatch, horizontal. */
export type PatternShape = 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal';
export const CATEGORY_PATTERNS: Record<Category, PatternShape> = {
	budget: 'solid',
	oversight: 'diagonal',
	program: 'dots',
	regulation: 'cross',
	other: 'horizontal'
};

/** Sequential blues for counts on the province map, light to dark; text colour switches at index 3. */
export const SEQUENTIAL = ['#eef3f8', '#c6dbef', '#9ecae1', '#4a98c9', '#1f6aa5', '#0b4178'];

/**
 * Scorecard segments (issue 12): Okabe–Ito hues again, each with its own CSS pattern and always a
 * text label beside it. "Not yet rated" is a pale grey, so a mostly unrated record reads as unknown,
 * never as a verdict.
 */
export const SCORE_STYLES: Record<ScoreBucket, { color: string; pattern: PatternShape }> = {
	kept: { color: '#009E73', pattern: 'solid' },
	partly_kept: { color: '#56B4E9', pattern: 'diagonal' },
	in_progress: { color: '#0072B2', pattern: 'horizontal' },
	stalled: { color: '#E69F00', pattern: 'dots' },
	broken: { color: '#D55E00', pattern: 'cross' },
	overdue: { color: '#7E2F6E', pattern: 'diagonal' },
	not_yet_rated: { color: '#D9DCD6', pattern: 'solid' }
};
