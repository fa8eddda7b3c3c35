// The trainer and the model file, on hand-made examples: deterministic bytes, no weight for a
// feature only one article shows, and a file that loads back into the same decisions.
import { describe, expect, it } from 'vitest';
import type { SentenceLabel } from './label-sentences';
import { loadPledgeModel, pledgeProbability, scoreHeads, HEADS } from './pledge-model';
import { serializeModel } from './serialize-model';
import { DEFAULT_TRAIN_OPTIONS, trainModel, type TrainingArticle } from './train-model';

const PLEDGE: SentenceLabel = { pledge: true, categories: ['budget'], strength: 'firm', pledges: [0] };
const OTHER: SentenceLabel = { pledge: false, categories: [], strength: null, pledges: [] };

// Feature 10 marks a pledge, 20 a report; 99 appears in one article only.
function article(id: string, extra: number[] = []): TrainingArticle {
	return {
		id,
		sentences: [
			{ features: [1, 10, ...extra], label: PLEDGE },
			{ features: [1, 20], label: OTHER },
			{ features: [1, 20, 30], label: OTHER }
		],
		pairs: [{ features: [5, 6], same: true }]
	};
}
const corpus = [article('a', [99]), article('b'), article('c'), article('d'), article('e')];
const options = { ...DEFAULT_TRAIN_OPTIONS, l2: 0.1, categoryL2: 0.1, calibrationFolds: 0 };

describe('trainModel', () => {
	it('writes the same bytes for the same corpus', () => {
		expect(serializeModel(trainModel(corpus, options))).toBe(serializeModel(trainModel(corpus, options)));
	});

	it('gives no weight to a feature seen in fewer articles than the minimum', () => {
		const model = trainModel(corpus, { ...options, minArticles: 2 });
		expect(model.columns).toEqual([1, 10, 20, 30]);
		expect(model.columns).not.toContain(99);
	});

	it('learns the toy set: pledge sentences above the threshold, the others below', () => {
		const model = loadPledgeModel(JSON.parse(serializeModel(trainModel(corpus, options))));
		expect(pledgeProbability(model, [1, 10])).toBeGreaterThan(0.5);
		expect(pledgeProbability(model, [1, 20])).toBeLessThan(0.5);
		const scores = scoreHeads(model, [1, 10]);
		expect(scores['cat:budget']).toBeGreaterThan(scores['cat:oversight']);
	});

	it('names its version after its weights', () => {
		const a = trainModel(corpus, options);
		const b = trainModel(corpus, { ...options, l2: 5 });
		expect(a.version).toMatch(/^m[0-9a-f]{8}$/);
		expect(a.version).not.toBe(b.version);
	});

	it('calibrates on held-out folds when asked', () => {
		const many = Array.from({ length: 10 }, (_, i) => article(`art-${i}`));
		const model = trainModel(many, { ...options, calibrationFolds: 5 });
		expect(model.calibration).not.toEqual({ a: 1, b: 0 });
	});
});

describe('loadPledgeModel', () => {
	const good = JSON.parse(serializeModel(trainModel(corpus, options)));

	it('refuses a file of another format or feature set, saying how to fix it', () => {
		expect(() => loadPledgeModel({ ...good, format: 2 })).toThrow(/format 1/);
		expect(() => loadPledgeModel({ ...good, featuresVersion: 'f0' })).toThrow(/retrain with `npm run train`/);
		expect(() => loadPledgeModel(null)).toThrow(/not a Pledgewatch model file/);
	});

	it('refuses a head whose weights do not match the columns', () => {
		const broken = { ...good, heads: { ...good.heads, pledge: { bias: 0, weights: [1] } } };
		expect(() => loadPledgeModel(broken)).toThrow(/head "pledge"/);
		expect(() => loadPledgeModel({ ...good, merge: undefined })).toThrow(/merge head/);
	});

	it('scores every head, ignoring features the model never saw', () => {
		const model = loadPledgeModel(good);
		const scores = scoreHeads(model, [1, 10, 123456]);
		expect(Object.keys(scores)).toEqual([...HEADS]);
		expect(scoreHeads(model, [1, 10])).toEqual(scores);
	});
});
