// A request restated in the headline, the lead and a quote is ONE request: counting it three times
// would inflate every chart. Groups statements by actor and category, then merges those that say
// the same thing (shared content words, the same amount) or restate it right away. (Pledges are
// merged by the trained merge head, ./cluster-pledges.ts; `contentStems` serves both.)
import type { Category, Strength } from '../../domain/statement';
import { roughStem } from './tokens';

export interface Candidate {
	/** Sentence index in the article. */
	sentence: number;
	actor: string;
	category: Category;
	strength: Strength;
	kind: 'pledge' | 'request';
	text: string;
	/** Lower-case words of the actor and other names, left out of the content comparison. */
	nameWords: ReadonlySet<string>;
	inQuote: boolean;
	/** True for the second and later commitments inside one quote (a new item, not a restatement). */
	laterInQuote: boolean;
	amount: number | null;
	confidence: number;
}

// Function words and reporting verbs carry no content.
const STOPWORDS = new Set(
	('yang dan di ke dari untuk dengan pada dalam ini itu akan juga telah sudah tersebut bahwa kami kita saya ia dia ' +
		'nya pihaknya para secara oleh sebagai atau serta agar supaya karena maka namun lebih tidak bisa dapat ' +
		'kata ujar ucap tegas pungkas jelas tambah lanjut mengatakan menyampaikan menegaskan menjelaskan siap ' +
		'berkomitmen komitmen berjanji mendukung terus tentu penuh the a an of to and in on for with will would is are be ' +
		'that this it he she we they said has have was were by as at from itulah mengapa oleh sebab ' +
		'makanya pun hal').split(' ')
);
// Sentences that open with these introduce a new item, never a restatement.
export const NEW_ITEM = /^\W*(?:selain itu|di samping itu|langkah lain|lebih lanjut|selanjutnya|besides|in addition|also|another)\b/i;

export function contentStems(text: string, nameWords: ReadonlySet<string>): Set<string> {
	const out = new Set<string>();
	for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
		if (w.length < 3 || STOPWORDS.has(w) || nameWords.has(w)) continue;
		out.add(roughStem(w));
	}
	return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const x of a) if (b.has(x)) shared++;
	return shared / Math.min(a.size, b.size);
}

const OVERLAP = 0.4;
const GENERIC_MAX = 2;

/**
 * Returns groups of candidate indices; the first of each group is not necessarily the evidence
 * (the caller picks the most confident member).
 */
export function mergeRestatements(cands: readonly Candidate[]): number[][] {
	type Group = { members: number[]; stems: Set<string>; last: number; amounts: Set<number>; sentences: Set<number>; texts: Set<string> };
	const groups: Group[] = [];
	// Groups by actor, category and kind: only those can merge, and lookups stay cheap.
	const byKey = new Map<string, Group[]>();
	const stems = cands.map((c) => contentStems(c.text, c.nameWords));
	cands.forEach((c, i) => {
		const mine = stems[i];
		const isNew = NEW_ITEM.test(c.text);
		let target: Group | null = null;
		const key = `${c.actor}|${c.category}|${c.kind}`;
		const list = byKey.get(key) ?? [];
		// The most recent groups only: a restatement far from every earlier mention is rare, and
		// the bound keeps a pathological article linear.
		for (const g of list.slice(-25)) {
			const head = cands[g.members[0]];
			if ((head.strength === 'conditional') !== (c.strength === 'conditional')) continue;
			if (g.sentences.has(c.sentence)) continue;
			const sameText = g.texts.has(c.text);
			const sameAmount = c.amount !== null && g.amounts.has(c.amount);
			const similar = overlap(mine, g.stems) >= OVERLAP;
			const generic = mine.size <= GENERIC_MAX && c.sentence - g.last <= 5;
			const distance = c.sentence - g.last;
			const sameStrength = cands[g.members[g.members.length - 1]].strength === c.strength;
			const adjacent = !isNew && !c.laterInQuote && sameStrength && distance <= 2;
			if (sameText || sameAmount || similar || generic || adjacent) target = g;
		}
		if (target) {
			target.members.push(i);
			for (const s of mine) target.stems.add(s);
			target.last = Math.max(target.last, c.sentence);
			target.sentences.add(c.sentence);
			target.texts.add(c.text);
			if (c.amount !== null) target.amounts.add(c.amount);
		} else {
			const g: Group = { members: [i], stems: new Set(mine), last: c.sentence, amounts: new Set(c.amount !== null ? [c.amount] : []), sentences: new Set([c.sentence]), texts: new Set([c.text]) };
			groups.push(g);
			list.push(g);
			byKey.set(key, list);
		}
	});
	return groups.map((g) => g.members);
}
