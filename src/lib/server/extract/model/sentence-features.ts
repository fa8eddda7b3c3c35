// What the model sees of one candidate sentence: its words (and rough stems, and word pairs), the
// words around the rules' cue, and the rules' own findings (cue class, negation, condition, actor
// found and how, quote, headline, amount). Names only; ./feature-hash.ts turns them into numbers.
// Change FEATURES_VERSION whenever the output changes: a model trained on other features refuses
// to load rather than silently mis-scoring.
import type { Category, Lang } from '../../../domain/statement';
import type { Commitment } from '../classify-commitment';
import { roughStem } from '../tokens';

export const FEATURES_VERSION = 'f1';

export interface FeatureInput {
	text: string;
	lang: Lang;
	commitment: Commitment;
	ruleCategories: readonly Category[];
	categorySignals: readonly string[];
	/** How the rules found the actor ('none' when they found none). */
	actorHow: string;
	thirdParty: boolean;
	inQuote: boolean;
	isHeadline: boolean;
	/** Sentence index in the article. */
	position: number;
	hasAmount: boolean;
	institutionsInSentence: number;
	/** The sentence restates a commitment the same quote already made. */
	laterInQuote: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
	return (text.toLowerCase().match(WORD) ?? []).map((w) => (/^\d/.test(w) ? '0' : w));
}

function bucket(n: number, edges: readonly number[]): number {
	let k = 0;
	while (k < edges.length && n >= edges[k]) k++;
	return k;
}

export function sentenceFeatures(input: FeatureInput): string[] {
	const out: string[] = ['bias'];
	const { text, commitment: c } = input;
	const all = words(text);
	for (let i = 0; i < all.length; i++) {
		const w = all[i];
		out.push(`w:${w}`, `s:${roughStem(w)}`);
		if (i > 0) out.push(`b:${all[i - 1]}_${w}`);
	}
	// Where the commitment sits: the words just before and after the cue, and the object after it.
	if (c.cueStart >= 0) {
		const before = words(text.slice(0, c.cueStart));
		const after = words(text.slice(c.cueEnd));
		for (const w of before.slice(-3)) out.push(`pre:${roughStem(w)}`);
		for (const w of after.slice(0, 4)) out.push(`post:${roughStem(w)}`);
		for (const w of after.slice(0, 15)) out.push(`obj:${roughStem(w)}`);
		out.push(`cue:${c.cue}`, `cuepos:${bucket(before.length, [1, 3, 6, 10, 16])}`);
	}
	for (const w of all.slice(0, 2)) out.push(`first:${w}`);
	out.push(`lang:${input.lang}`, `kind:${c.kind}`, `class:${c.cueClass}`, `rule-strength:${c.strength}`);
	out.push(`kind-lang:${c.kind}:${input.lang}`);
	for (const s of c.signals) if (!s.startsWith('cue:')) out.push(`signal:${s}`);
	if (c.negated) out.push('negated');
	for (const cat of input.ruleCategories) out.push(`rule-cat:${cat}`);
	for (const s of input.categorySignals) out.push(`cat-signal:${s}`);
	out.push(`actor:${input.actorHow}`);
	if (input.thirdParty) out.push('third-party');
	if (input.inQuote) out.push('in-quote');
	if (input.laterInQuote) out.push('later-in-quote');
	if (input.isHeadline) out.push('headline');
	if (input.hasAmount) out.push('amount');
	out.push(`position:${bucket(input.position, [1, 2, 4, 8, 16])}`);
	out.push(`length:${bucket(all.length, [6, 12, 20, 30, 45])}`);
	out.push(`institutions:${Math.min(3, input.institutionsInSentence)}`);
	if (text.trimEnd().endsWith('?')) out.push('question');
	return out;
}
