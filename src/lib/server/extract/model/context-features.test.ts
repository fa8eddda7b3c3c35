import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences';
import { contextFeatures } from './context-features';

// A fictional article: a budget story whose third sentence names no kind of support itself.
const text = [
	'Dewan Pangkas Anggaran Honor Guru',
	'DPRD Kota Sukamaju memangkas anggaran honor guru ngaji dalam APBD 2026.',
	'Ketua Komisi D menyebut dana itu tetap dibutuhkan warga.',
	'"Kami akan carikan solusinya," katanya.',
	'Rapat pengawasan gudang digelar pekan depan.'
].join('\n');

describe('context features', () => {
	const sentences = splitSentences(text);
	const ctx = contextFeatures(sentences, 'Dewan Pangkas Anggaran Honor Guru');
	const quote = sentences.findIndex((s) => s.text.includes('solusinya'));

	it.each([
		['the headline', 'title:budget'],
		["the article's main subject", 'article:budget'],
		['a neighbour naming a category', 'near:budget'],
		['the share of the article a category takes, in thirds', 'share:budget:2']
	])('tell a sentence naming nothing about %s', (_what, name) => {
		expect(ctx[quote]).toContain(name);
	});

	it('name the categories a sentence itself names', () => {
		expect(ctx[1]).toContain('in:budget');
		expect(ctx[quote].some((n) => n.startsWith('in:'))).toBe(false);
		expect(ctx[sentences.length - 1]).toContain('in:oversight');
	});

	it('give every sentence the same article-level features', () => {
		for (const c of ctx) expect(c).toContain('article:budget');
	});

	it('say nothing about an article that names no category', () => {
		const plain = splitSentences('Warga berkumpul di balai desa. Mereka bercerita.');
		expect(contextFeatures(plain, null)).toEqual([[], []]);
	});
});
