import { describe, expect, it } from 'vitest';
import { classifyCommitment } from '../classify-commitment';
import { tokenize } from '../tokens';
import { sentenceFeatureIndices, sentenceFeatureNames, type FeatureInput } from './sentence-features';

// A fictional sentence, as propose-candidates.ts would describe it.
function input(text: string, overrides: Partial<FeatureInput> = {}): FeatureInput {
	const commitment = classifyCommitment(text, 'id');
	const tokens = tokenize(text);
	const cueFrom = commitment.cueStart < 0 ? -1 : tokens.findIndex((t) => t.start >= commitment.cueStart);
	const cueTo = commitment.cueStart < 0 ? -1 : tokens.filter((t) => t.start < commitment.cueEnd).length;
	return {
		text,
		words: tokens.map((t) => t.lower),
		cueFrom,
		cueTo,
		lang: 'id',
		commitment,
		ruleCategories: ['oversight'],
		categorySignals: ['object'],
		actorHow: 'subject',
		actorKind: 'legislature',
		thirdParty: false,
		inQuote: false,
		isHeadline: false,
		position: 3,
		hasAmount: false,
		institutionsInSentence: 1,
		laterInQuote: false,
		context: ['title:budget'],
		...overrides
	};
}

describe('sentence features', () => {
	const names = sentenceFeatureNames(input('Dewan siap mengawasi proyek 2025 itu.'));

	it.each([
		['words and word pairs', ['w:dewan', 'w:siap', 'b:siap_mengawasi']],
		['numbers as one word', ['w:0']],
		['the cue and the words around it', ['cue:siap', 'pre:dewan', 'post:awas', 'obj:proyek']],
		["the rules' findings", ['kind:pledge', 'rule-cat:oversight', 'actor:subject', 'actor-kind:legislature']],
		['where the sentence sits', ['position:2', 'institutions:1']],
		['what the text around it is about', ['ctx:title:budget']],
		["the rules' findings in combination", ['x-class-actor:explicit:subject', 'x-class-where:explicit:narration', 'x-actor-kind:explicit:legislature', 'x-cue-lang:siap:id']]
	])('include %s', (_what, expected) => {
		for (const name of expected) expect(names).toContain(name);
	});

	it('mark what the rules saw about the sentence', () => {
		const quoted = sentenceFeatureNames(input('Dewan siap mengawasi proyek itu.', { inQuote: true, isHeadline: true, thirdParty: true, hasAmount: true }));
		for (const name of ['in-quote:', 'headline:', 'third-party:', 'amount:']) expect(quoted).toContain(name);
		expect(names).not.toContain('in-quote:');
	});

	it('have no cue features where the rules found no cue', () => {
		const plain = sentenceFeatureNames(input('Rapat dihadiri warga desa.'));
		expect(plain.some((n) => n.startsWith('cue:') || n.startsWith('obj:'))).toBe(false);
		expect(plain).toContain('kind:none');
	});

	it('hash to distinct, sorted indices, the same every time', () => {
		const a = sentenceFeatureIndices(input('Dewan siap mengawasi proyek 2025 itu.'));
		expect(a).toEqual(sentenceFeatureIndices(input('Dewan siap mengawasi proyek 2025 itu.')));
		expect(new Set(a).size).toBe(a.length);
		expect([...a].sort((x, y) => x - y)).toEqual(a);
	});
});
