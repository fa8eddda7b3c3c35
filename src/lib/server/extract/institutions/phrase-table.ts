// Longest-phrase lookup of lower-case word sequences at a token, keyed by the first word.
import type { Token } from '../tokens';

interface Phrase<T> {
	words: string[];
	value: T;
}

/** Phrases are short, so matching stays linear in practice. */
export class PhraseTable<T> {
	private byFirst = new Map<string, Phrase<T>[]>();
	constructor(entries: [string, T][]) {
		for (const [phrase, value] of entries) {
			const words = phrase.split(' ');
			const list = this.byFirst.get(words[0]) ?? [];
			list.push({ words, value });
			list.sort((a, b) => b.words.length - a.words.length);
			this.byFirst.set(words[0], list);
		}
	}
	match(tokens: readonly Token[], i: number): { value: T; end: number } | null {
		const list = this.byFirst.get(tokens[i]?.lower ?? '');
		if (!list) return null;
		for (const p of list) {
			let ok = i + p.words.length <= tokens.length;
			for (let k = 1; ok && k < p.words.length; k++) ok = tokens[i + k].lower === p.words[k];
			if (ok) return { value: p.value, end: i + p.words.length };
		}
		return null;
	}
}
