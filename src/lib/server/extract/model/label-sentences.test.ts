import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences';
import { labelSentences } from './label-sentences';

// A fictional article: a headline restating the pledge, the pledge, a report.
const text = 'Dewan Siap Kawal Pasar\nKetua dewan berjanji akan mengawasi dan mendanai pasar rakyat. Pasar itu dibangun pada 2020.';

describe('labelSentences', () => {
	const sentences = splitSentences(text);
	const gold = [
		{ category: 'oversight', strength: 'firm', evidence: 'Ketua dewan berjanji akan mengawasi dan mendanai pasar rakyat.', alt_evidence: ['Dewan Siap Kawal Pasar'] },
		{ category: 'budget', strength: 'conditional', evidence: 'Ketua dewan berjanji akan mengawasi dan mendanai pasar rakyat.' }
	];
	const labels = labelSentences(text, sentences, gold);

	it('marks evidence and restatements as pledge sentences, and nothing else', () => {
		expect(labels.map((l) => l.pledge)).toEqual([true, true, false]);
	});

	it('gives a sentence every category it states, and which gold pledges it belongs to', () => {
		expect(labels[1].categories).toEqual(['oversight', 'budget']);
		expect(labels[1].pledges).toEqual([0, 1]);
		expect(labels[0].categories).toEqual(['oversight']);
		expect(labels[0].pledges).toEqual([0]);
	});

	it('takes the strength from the first pledge the sentence is evidence of', () => {
		expect(labels[1].strength).toBe('firm');
	});

	it('ignores evidence that is not in the text', () => {
		expect(labelSentences(text, sentences, [{ category: 'budget', strength: 'firm', evidence: 'Kalimat lain.' }]).every((l) => !l.pledge)).toBe(true);
	});
});
