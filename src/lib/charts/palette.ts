// Category colours and patterns. Okabe–Ito hues (distinguishable with the common colour-vision
// deficiencies), each paired with a fill pattern and always with a text label, so colour is never
// the only cue.
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
