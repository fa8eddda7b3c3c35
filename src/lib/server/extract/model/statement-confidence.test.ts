// The statement confidence: which of its features a statement shows, the probability it maps them
// to, fitting it on right/wrong statements, and the trainer that fits it on held-out articles.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../domain/statement';
import { loadGazetteer } from '../../resolve/gazetteer';
import { extractStatements } from '../extract-statements';
import { readCorpora } from '../eval/read-corpus';
import { fitStatementConfidence, statementConfidence, statementFeatures, STATEMENT_FEATURES } from './statement-confidence';
import { trainWithConfidence } from './fit-statement-confidence';
import { loadPledgeModel } from './pledge-model';
import { serializeModel } from './serialize-model';
import { DEFAULT_TRAIN_OPTIONS } from './train-model';

function statement(score: number, signals: string[], restated = 0): Statement {
	return {
		kind: 'pledge',
		actor: { name: 'DPRD Kota Sukamaju', kind: 'legislature', level: 'city', regionCode: null, unit: null },
		speaker: { name: null, role: null, canonicalRole: null },
		category: 'oversight',
		target: null,
		evidence: { start: 0, end: 10, text: 'Dewan akan mengawasi.' },
		restatements: Array.from({ length: restated }, (_, i) => ({ start: 20 + i, end: 30 + i, text: 'Dewan siap.' })),
		amount: null,
		strength: 'firm',
		statedOn: null,
		confidence: { score, signals }
	};
}
const names = (columns: number[]) => columns.map((c) => STATEMENT_FEATURES[c]);

describe('statement features', () => {
	it.each([
		[0.96, ['actor:subject', 'category:object'], 0, 'id', 1, ['sentence-probability>=0.7', 'sentence-probability>=0.8', 'sentence-probability>=0.9', 'sentence-probability>=0.95', 'actor:subject']],
		[0.65, ['actor:article', 'category:no-category'], 0, 'id', 1, ['category:rules-name-none', 'actor:article']],
		[0.85, ['actor:speaker', 'category:means'], 2, 'en', 2, ['sentence-probability>=0.7', 'sentence-probability>=0.8', 'category:listed-means', 'actor:speaker', 'restated', 'one-of-several-categories', 'lang:en']]
	] as const)('a statement at %s with %j', (score, signals, restated, lang, sameSentence, expected) => {
		expect(names(statementFeatures(statement(score, [...signals], restated), lang, sameSentence))).toEqual(expected);
	});
});

describe('statement confidence', () => {
	// Toy statements: found by their subject, they are right; by the article's main institution, wrong.
	const examples = [
		...Array.from({ length: 20 }, () => ({ x: statementFeatures(statement(0.9, ['actor:subject']), 'id', 1), y: 1 as const })),
		...Array.from({ length: 20 }, () => ({ x: statementFeatures(statement(0.9, ['actor:article']), 'id', 1), y: 0 as const }))
	];
	const model = fitStatementConfidence(examples);

	it('learns which way each feature points', () => {
		const bySubject = statementConfidence(model, statementFeatures(statement(0.9, ['actor:subject']), 'id', 1));
		const byArticle = statementConfidence(model, statementFeatures(statement(0.9, ['actor:article']), 'id', 1));
		expect(bySubject).toBeGreaterThan(0.8);
		expect(byArticle).toBeLessThan(0.2);
	});

	it('names its features in the model file', () => {
		expect(model.features).toEqual([...STATEMENT_FEATURES]);
		expect(model.weights).toHaveLength(STATEMENT_FEATURES.length);
	});
});

describe('trainWithConfidence on the fictional corpus', async () => {
	const gazetteer = await loadGazetteer();
	const { items } = readCorpora([join(process.cwd(), 'tests/fixtures/extract-corpus')]);
	const options = { ...DEFAULT_TRAIN_OPTIONS, l2: 1, categoryL2: 1, minArticles: 1, calibrationFolds: 3 };
	const file = trainWithConfidence(items, { gazetteer }, options);

	it('stores a statement confidence fitted on held-out statements, the same bytes every time', () => {
		expect(file.statementConfidence?.features).toEqual([...STATEMENT_FEATURES]);
		expect(serializeModel(trainWithConfidence(items, { gazetteer }, options))).toBe(serializeModel(file));
	});

	it("gives each pledge that confidence, keeping its sentence's probability among the signals", () => {
		const model = loadPledgeModel(JSON.parse(serializeModel(file)));
		const pledges = items.flatMap((item) => extractStatements(item.article, { gazetteer, model }).statements.filter((s) => s.kind === 'pledge'));
		expect(pledges.length).toBeGreaterThan(0);
		for (const s of pledges) {
			expect(s.confidence.score).toBeGreaterThan(0);
			expect(s.confidence.score).toBeLessThan(1);
			expect(s.confidence.signals.some((x) => /^sentence:0\.\d+$/.test(x))).toBe(true);
		}
	});

	it('refuses a statement confidence that reads other features', () => {
		const parsed = JSON.parse(serializeModel(file));
		parsed.statementConfidence.features = ['something-else'];
		expect(() => loadPledgeModel(parsed)).toThrow(/statement confidence/);
	});
});
