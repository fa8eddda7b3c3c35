import { describe, expect, it } from 'vitest';
import type { Category, Lang } from '../../../domain/statement';
import { categorize } from '../categorize';
import { classifyCommitment } from '../classify-commitment';
import { EN } from './en';
import { ID } from './id';
import { escapeRegExp } from './patterns';
import type { Entries, Lexicon } from './types';

// Every entry's example, run through classifyCommitment / categorize, must show the entry doing its
// job: most often, the sentence gives one answer with the entry and another once it is removed.

const LEXICONS: Record<Lang, Lexicon> = { id: ID, en: EN };

/** The sentence with the first whole-word occurrence of `text` removed. */
function without(sentence: string, text: string, suffix = false): string {
	const re = new RegExp(`${suffix ? '' : '\\b'}${escapeRegExp(text)}\\b`, 'i');
	expect(re.test(sentence), `"${text}" should occur in "${sentence}"`).toBe(true);
	return sentence.replace(re, '').replace(/\s+/g, ' ').trim();
}

function classify(sentence: string, lang: Lang) {
	return classifyCommitment(sentence, lang);
}

function categories(sentence: string, lang: Lang, kind?: 'pledge' | 'request') {
	const c = classifyCommitment(sentence, lang);
	return categorize(sentence, c.cueStart, lang, kind ?? (c.kind === 'request' ? 'request' : 'pledge'));
}

type Check = (text: string, example: string, lang: Lang) => void;

const negates: Check = (text, example, lang) => {
	const got = classify(example, lang);
	expect(got.kind).toBe('none');
	expect(got.negated).toBe(true);
	expect(classify(without(example, text, text.startsWith("n'")), lang).kind).toBe('pledge');
};
const blocksPledge: Check = (text, example, lang) => {
	expect(classify(example, lang).kind).not.toBe('pledge');
	expect(classify(without(example, text), lang).kind).toBe('pledge');
};
const endsObject: Check = (text, example, lang) => {
	expect(classify(example, lang).kind).not.toBe('none');
	expect(categories(example, lang).categories).toEqual([]);
	expect(categories(without(example, text), lang).categories).not.toEqual([]);
};
const makesPolicy: Check = (text, example, lang) => {
	expect(categories(example, lang).signals).toContain('policy-making');
	expect(categories(without(example, text), lang).signals).not.toContain('policy-making');
};

/** What each list's entries do, checked on their examples. */
const CHECKS: Record<Exclude<keyof Lexicon, 'pledgeCues' | 'statedNouns' | 'keywords' | 'verbCategories'>, Check> = {
	wouldOnlyAfter: (text, example, lang) => {
		expect(classify(example, lang)).toMatchObject({ kind: 'pledge', cue: 'would' });
		expect(classify(without(example, text), lang).kind).toBe('none');
	},
	requestCues: (text, example, lang) => expect(classify(example, lang)).toMatchObject({ kind: 'request', cue: text }),
	questionAfterAsked: (text, example, lang) => {
		expect(classify(example, lang).kind).not.toBe('request');
		expect(classify(without(example, text), lang)).toMatchObject({ kind: 'request', cue: 'asked' });
	},
	requestBlockBefore: (text, example, lang) => {
		expect(classify(example, lang).kind).not.toBe('request');
		expect(classify(without(example, text), lang).kind).toBe('request');
	},
	urgeObjectEnds: (text, example, lang) => {
		expect(classify(example, lang)).toMatchObject({ kind: 'request', cue: 'mendorong' });
		expect(classify(without(example, text), lang).kind).not.toBe('request');
	},
	ownPushBefore: (text, example, lang) => {
		expect(classify(example, lang).kind).not.toBe('request');
		expect(classify(without(example, text), lang)).toMatchObject({ kind: 'request', cue: 'mendorong' });
	},
	blockBefore: blocksPledge,
	relativeBefore: blocksPledge,
	negationBefore: negates,
	negationSuffixes: negates,
	negationAfter: negates,
	nonAgentive: blocksPledge,
	nonAgentiveAdverbs: (text, example, lang) => {
		// The adverb lets the verb after it be seen: another word in its place does not.
		expect(classify(example, lang).kind).toBe('none');
		expect(classify(example.replace(new RegExp(`\\b${text}\\b`), 'nanti'), lang).kind).toBe('pledge');
	},
	duty: (text, example, lang) => {
		expect(classify(example, lang)).toMatchObject({ kind: 'none', signals: ['duty'] });
		expect(classify(without(example, text), lang).kind).toBe('pledge');
	},
	prediction: (text, example, lang) => {
		expect(classify(example, lang)).toMatchObject({ kind: 'none', signals: ['prediction'] });
		expect(classify(without(example, text), lang).kind).toBe('pledge');
	},
	past: (text, example, lang) => {
		expect(classify(example, lang).kind).toBe('none');
		expect(classify(without(example, text), lang)).toMatchObject({ kind: 'pledge', cueClass: 'present' });
	},
	condition: (text, example, lang) => {
		expect(classify(example, lang)).toMatchObject({ kind: 'pledge', strength: 'conditional' });
		expect(classify(without(example, text), lang)).toMatchObject({ kind: 'pledge', strength: 'firm' });
	},
	hedge: (text, example, lang) => {
		// The cue itself is firm, so only the hedge word makes the sentence hedged.
		expect(classify(example, lang)).toMatchObject({ kind: 'pledge', strength: 'hedged' });
		expect(classify(without(example, text), lang)).toMatchObject({ kind: 'pledge', strength: 'firm' });
	},
	stopWords: endsObject,
	requestOpeners: (_text, example, lang) => {
		expect(classify(example, lang).kind).toBe('request');
		expect(categories(example, lang, 'request').categories).not.toEqual([]);
		expect(categories(example, lang, 'pledge').categories).toEqual([]);
	},
	means: (text, example, lang) => {
		expect(categories(example, lang).signals).toEqual(['means']);
		expect(categories(without(example, text), lang).signals).not.toContain('means');
	},
	policyVerbs: makesPolicy,
	policyNouns: makesPolicy,
	compoundModifiers: (text, example, lang) => {
		// "village fund bill": the noun after the modifier names the category; cut it and the modifier does.
		const own = categoryOf(text);
		const next = new RegExp(`\\b${escapeRegExp(text)}\\s+(\\w+)`).exec(example.toLowerCase());
		expect(next, `a word should follow "${text}"`).not.toBeNull();
		expect(categories(example, lang).categories).not.toContain(own);
		expect(categories(without(example, next?.[1] ?? ''), lang).categories).toContain(own);
	},
	reportingVerbs: endsObjectInverse,
	relativePronouns: endsObject,
	coordinators: (text, example, lang) => {
		expect(categories(example, lang).categories).toHaveLength(2);
		expect(categories(without(example, text), lang).categories).toHaveLength(1);
	}
};

/** After a reporting verb, "that" opens what was said: the object keeps its keyword; without the verb it is a relative clause. */
function endsObjectInverse(text: string, example: string, lang: Lang): void {
	expect(categories(example, lang).categories).not.toEqual([]);
	expect(categories(without(example, text), lang).categories).toEqual([]);
}

function categoryOf(word: string): Category | undefined {
	for (const lex of [ID, EN]) for (const [category, entries] of Object.entries(lex.keywords)) if (entries.some(([t]) => t === word)) return category as Category;
	return undefined;
}

type Row = { lang: Lang; list: string; text: string; example: string; check: Check };

function rowsOf(lang: Lang, lex: Lexicon): Row[] {
	const rows: Row[] = [];
	const add = (list: string, entries: Entries, check: Check) => {
		for (const [text, example] of entries) rows.push({ lang, list, text, example, check });
	};
	lex.pledgeCues.forEach((group, i) => {
		const expected = { kind: 'pledge', cueClass: group.cls, strength: group.strength };
		if ('words' in group) add(`pledgeCues[${i}]`, group.words, (text, example) => expect(classify(example, lang)).toMatchObject({ ...expected, cue: text }));
		else
			for (const slot of group.slots)
				add(`pledgeCues[${i}] slot`, slot.words, (text, example) => {
					const got = classify(example, lang);
					expect(got).toMatchObject(expected);
					expect(got.cue.split(' ')).toContain(text);
				});
	});
	for (const noun of lex.statedNouns) {
		const states: Check = (text, example) => {
			expect(classify(example, lang)).toMatchObject({ kind: 'pledge', cue: noun.noun });
			expect(classify(without(example, text), lang).kind).toBe('none');
		};
		add(`statedNouns ${noun.noun} before`, noun.before, states);
		add(`statedNouns ${noun.noun} after`, noun.after, states);
	}
	for (const [category, entries] of Object.entries(lex.keywords))
		add(`keywords ${category}`, entries, (text, example) => {
			expect(classify(example, lang).kind).not.toBe('none');
			expect(categories(example, lang).categories).toContain(category);
			expect(categories(without(example, text), lang).categories).not.toContain(category);
		});
	for (const [category, entries] of Object.entries(lex.verbCategories))
		add(`verbCategories ${category}`, entries, (text, example) => {
			expect(categories(example, lang)).toEqual({ categories: [category], signals: ['verb'] });
			expect(categories(without(example, text), lang).categories).not.toContain(category);
		});
	for (const [list, check] of Object.entries(CHECKS)) add(list, lex[list as keyof typeof CHECKS], check);
	return rows;
}

const ROWS = (Object.entries(LEXICONS) as [Lang, Lexicon][]).flatMap(([lang, lex]) => rowsOf(lang, lex));

describe('lexicon examples', () => {
	it.each(ROWS)('$lang $list "$text": $example', ({ lang, text, example, check }) => check(text, example, lang));
});

describe('lexicon entries', () => {
	it.each(ROWS)('$lang $list "$text" is lower case, single-spaced and bounded by letters', ({ list, text }) => {
		expect(text).toBe(text.toLowerCase());
		expect(text).toMatch(list === 'negationSuffixes' ? /^n'[a-z]+$/ : /^[a-z](?:[a-z' -]*[a-z])?$/);
		expect(text).not.toMatch(/ {2}|--/);
	});

	it('lists no entry twice', () => {
		const keys = ROWS.map(({ lang, list, text }) => `${lang} ${list} ${text}`);
		expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
	});

	it('starts every slotted cue with a slot that cannot be left out', () => {
		for (const lex of [ID, EN]) for (const group of lex.pledgeCues) if ('slots' in group) expect(group.slots[0].optional).toBeFalsy();
	});
});
