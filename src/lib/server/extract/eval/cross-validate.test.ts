// Cross-validation on a small fictional annotated corpus (tests/fixtures/extract-corpus, written
// for the tests): every article is scored once by a model that did not see it, the figures add up,
// and a deliberately worse model scores lower and fails the gate.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../resolve/gazetteer';
import { DEFAULT_TRAIN_OPTIONS } from '../model/train-model';
import { crossValidate } from './cross-validate';
import { checkGate } from './gate';
import { readCorpora } from './read-corpus';

const corpusDir = join(process.cwd(), 'tests/fixtures/extract-corpus');

describe('crossValidate', async () => {
	const gazetteer = await loadGazetteer();
	const { items, problems } = readCorpora([corpusDir]);
	const options = { ...DEFAULT_TRAIN_OPTIONS, l2: 1, categoryL2: 1, minArticles: 1, calibrationFolds: 0 };
	const good = crossValidate(items, { gazetteer }, 3, options);

	it('reads the corpus without problems', () => {
		expect(problems).toEqual([]);
		expect(items).toHaveLength(12);
	});

	it('scores each article once, in the fold that held it out', () => {
		expect(good.folds.reduce((n, f) => n + f.articles, 0)).toBe(items.length);
		expect(good.pooled.articles).toBe(items.length);
		const sum = (k: 'tp' | 'fp' | 'fn') => good.folds.reduce((n, f) => n + f.report.strict[k], 0);
		expect(sum('tp')).toBe(good.pooled.strict.tp);
		expect(sum('fp')).toBe(good.pooled.strict.fp);
		expect(sum('fn')).toBe(good.pooled.strict.fn);
		expect(good.diagnostics.negativeArticles).toBe(5);
	});

	it('is deterministic', () => {
		expect(JSON.stringify(crossValidate(items, { gazetteer }, 3, options))).toBe(JSON.stringify(good));
	});

	it('fails the gate with a deliberately worse model', () => {
		// A threshold no sentence reaches: the model finds nothing.
		const worse = crossValidate(items, { gazetteer }, 3, { ...options, threshold: 0.999 });
		expect(worse.pooled.strict.f1).toBeLessThan(good.pooled.strict.f1);
		const baseline = { strictF1: good.pooled.strict.f1, tolerance: 0.02, corpus: 'fictional' };
		expect(checkGate(good.pooled.strict.f1, baseline).pass).toBe(true);
		expect(checkGate(worse.pooled.strict.f1, baseline).pass).toBe(false);
	});
});
