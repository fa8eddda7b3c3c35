// What the model sees of one candidate sentence: its words (and rough stems, and word pairs), the
// words around the rules' cue, and the rules' own findings (cue class, negation, condition, actor
// found and how, quote, headline, amount). Written to a sink: names for tests and reading,
// hashed indices for the model (./feature-hash.ts). Change FEATURES_VERSION whenever the output
// changes: a model trained on other features refuses to load rather than silently mis-scoring.
import type { Category, Lang } from '../../../domain/statement';
import type { Commitment } from '../classify-commitment';
import { roughStem } from '../tokens';
import { IndexSink, NameSink, type FeatureSink } from './feature-hash';

export const FEATURES_VERSION = 'f7';

export interface FeatureInput {
	text: string;
	/** The sentence's words, lower-case (the article's tokens inside the sentence). */
	words: readonly string[];
	/** Word index where the rules' cue starts and where it ends (exclusive); -1 without a cue. */
	cueFrom: number;
	cueTo: number;
	lang: Lang;
	commitment: Commitment;
	ruleCategories: readonly Category[];
	categorySignals: readonly string[];
	/** How the rules found the actor ('none' when they found none). */
	actorHow: string;
	/** Kind of the actor's institution (legislature, agency, executive, …), or null. */
	actorKind: string | null;
	thirdParty: boolean;
	inQuote: boolean;
	isHeadline: boolean;
	/** Sentence index in the article. */
	position: number;
	hasAmount: boolean;
	institutionsInSentence: number;
	/** The sentence restates a commitment the same quote already made. */
	laterInQuote: boolean;
	/** What the text around the sentence is about: `family:value` names (./context-features.ts). */
	context: readonly string[];
}

/** Numbers are one feature: the digits of an amount or a date say nothing about commitment. */
function normalize(word: string): string {
	const c = word.charCodeAt(0);
	return c >= 48 && c <= 57 ? '0' : word;
}

// Stems repeat across sentences and articles; roughStem's suffix and prefix loops are not free.
const stems = new Map<string, string>();
function stem(word: string): string {
	let s = stems.get(word);
	if (s === undefined) {
		if (stems.size >= 100_000) stems.clear();
		s = roughStem(word);
		stems.set(word, s);
	}
	return s;
}

function bucket(n: number, edges: readonly number[]): string {
	let k = 0;
	while (k < edges.length && n >= edges[k]) k++;
	return String(k);
}

export function writeSentenceFeatures(input: FeatureInput, out: FeatureSink): void {
	const { text, commitment: c } = input;
	out.add('bias');
	// Words and word pairs of the whole sentence. (Stems of every word as well scored the same in
	// cross-validation and cost a fifth of extraction time; stems are kept near the cue.)
	const all = input.words.map(normalize);
	for (let i = 0; i < all.length; i++) {
		out.add('w', all[i]);
		if (i > 0) out.addPair('b', all[i - 1], all[i]);
	}
	// Where the commitment sits: the words just before and after the cue, and the object after it.
	if (input.cueFrom >= 0) {
		for (let i = Math.max(0, input.cueFrom - 3); i < input.cueFrom; i++) out.add('pre', stem(all[i]));
		for (let i = input.cueTo; i < Math.min(all.length, input.cueTo + 15); i++) {
			const s = stem(all[i]);
			if (i < input.cueTo + 4) out.add('post', s);
			out.add('obj', s);
		}
		out.add('cue', c.cue);
		out.add('cuepos', bucket(input.cueFrom, [1, 3, 6, 10, 16]));
	}
	for (const w of all.slice(0, 2)) out.add('first', w);
	out.add('lang', input.lang);
	out.add('kind', c.kind);
	out.add('class', c.cueClass);
	out.add('rule-strength', c.strength);
	out.add('kind-lang', `${c.kind}:${input.lang}`);
	for (const s of c.signals) if (!s.startsWith('cue:')) out.add('signal', s);
	if (c.negated) out.add('negated');
	for (const cat of input.ruleCategories) out.add('rule-cat', cat);
	for (const s of input.categorySignals) out.add('cat-signal', s);
	out.add('actor', input.actorHow);
	out.add('actor-kind', input.actorKind ?? 'none');
	if (input.thirdParty) out.add('third-party');
	if (input.inQuote) out.add('in-quote');
	if (input.laterInQuote) out.add('later-in-quote');
	if (input.isHeadline) out.add('headline');
	if (input.hasAmount) out.add('amount');
	out.add('position', bucket(input.position, [1, 2, 4, 8, 16]));
	out.add('length', bucket(all.length, [6, 12, 20, 30, 45]));
	out.add('institutions', String(Math.min(3, input.institutionsInSentence)));
	if (text.trimEnd().endsWith('?')) out.add('question');
	for (const c of input.context) out.add('ctx', c);
	// The rules' findings in combination: a future cue means one thing in the speaker's own quote
	// and another in a narrator's sentence about someone else.
	const where = input.inQuote ? 'quote' : 'narration';
	out.add('x-class-actor', `${c.cueClass}:${input.actorHow}`);
	out.add('x-class-where', `${c.cueClass}:${where}`);
	out.add('x-actor-kind', `${c.cueClass}:${input.actorKind ?? 'none'}`);
	if (input.cueFrom >= 0) out.add('x-cue-lang', `${c.cue}:${input.lang}`);
}

/** Feature names (`family:value`), for tests and for reading what the model sees. */
export function sentenceFeatureNames(input: FeatureInput): string[] {
	const sink = new NameSink();
	writeSentenceFeatures(input, sink);
	return sink.names;
}

// One sink for every sentence (extraction is synchronous, so calls never interleave).
const indexSink = new IndexSink();

/** Hashed feature indices, as the model uses them. */
export function sentenceFeatureIndices(input: FeatureInput): number[] {
	writeSentenceFeatures(input, indexSink);
	return indexSink.indices();
}
