// Builds the rules' regular expressions from lexicon entries: escaped, flat, longest entry first.
import type { Entries } from './types';

/** Escapes every character that means something in a regular expression. */
export function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The entries of all lists as one flat alternation (no enclosing group). Longest first, so a phrase
 * wins over a shorter entry it starts with; an empty list gives a pattern that never matches.
 */
export function alternation(...lists: Entries[]): string {
	const words = [...new Set(lists.flat().map(([text]) => text))].sort((a, b) => b.length - a.length);
	return words.length === 0 ? '(?!)' : words.map(escapeRegExp).join('|');
}

/** Any entry of the lists as a whole word or phrase. */
export function wordsPattern(lists: Entries[], flags = ''): RegExp {
	return new RegExp(`\\b(?:${alternation(...lists)})\\b`, flags);
}
