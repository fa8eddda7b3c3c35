// What the merge model sees of two pledge sentences of one article when it decides whether they
// state the same pledge (a headline, a lead and a quote restating one commitment) or two.
import type { Category, Lang } from '../../../domain/statement';

export interface PairSide {
	index: number;
	actor: string;
	/** Content stems, names left out (merge-restatements.ts contentStems). */
	stems: ReadonlySet<string>;
	amount: number | null;
	isHeadline: boolean;
	quoteOpen: number;
	/** Opens with "selain itu", "in addition": a new item. */
	opensNewItem: boolean;
	ruleCategories: readonly Category[];
	lang: Lang;
}

function bucket(n: number, edges: readonly number[]): number {
	let k = 0;
	while (k < edges.length && n >= edges[k]) k++;
	return k;
}

export function pairFeatures(a: PairSide, b: PairSide): string[] {
	const [first, second] = a.index <= b.index ? [a, b] : [b, a];
	let shared = 0;
	for (const s of a.stems) if (b.stems.has(s)) shared++;
	const smaller = Math.min(a.stems.size, b.stems.size);
	const overlap = smaller === 0 ? 0 : shared / smaller;
	const jaccard = a.stems.size + b.stems.size - shared === 0 ? 0 : shared / (a.stems.size + b.stems.size - shared);
	const out = [
		'bias',
		a.actor === b.actor ? 'same-actor' : 'other-actor',
		`overlap:${bucket(overlap, [0.1, 0.2, 0.3, 0.4, 0.5, 0.7])}`,
		`jaccard:${bucket(jaccard, [0.05, 0.1, 0.2, 0.3, 0.5])}`,
		`shared:${bucket(shared, [1, 2, 3, 5, 8])}`,
		`distance:${bucket(second.index - first.index, [2, 3, 4, 6, 9, 14])}`,
		`lang:${a.lang}`
	];
	if (a.amount !== null && b.amount !== null) out.push(a.amount === b.amount ? 'same-amount' : 'other-amount');
	else if (a.amount !== null || b.amount !== null) out.push('one-amount');
	if (first.isHeadline) out.push('first-is-headline');
	if (first.index === 0 || first.index === 1) out.push('first-is-lead');
	if (a.quoteOpen >= 0 && a.quoteOpen === b.quoteOpen) out.push('same-quote');
	if (second.opensNewItem) out.push('second-opens-new-item');
	const sharedCats = a.ruleCategories.filter((c) => b.ruleCategories.includes(c));
	out.push(sharedCats.length > 0 ? 'rule-cat-shared' : a.ruleCategories.length && b.ruleCategories.length ? 'rule-cat-differ' : 'rule-cat-unknown');
	for (const c of sharedCats) out.push(`rule-cat-both:${c}`);
	out.push(`same-actor&overlap:${a.actor === b.actor}:${bucket(overlap, [0.2, 0.4, 0.6])}`);
	return out;
}
