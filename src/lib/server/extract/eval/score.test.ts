import { describe, expect, it } from 'vitest';
import { actorsAgree, evidenceOverlap, matchPledges, prf, scoreCorpus, type GoldPledgeLike, type PredictedPledgeLike } from './score';

// A fictional article and annotations.
const text =
	'Ketua DPRD Kotim siap mengawasi proyek pasar. “Kami akan awasi ketat,” ujarnya. Pemkab Kotim berharap DPRD mendukung anggaran. Dewan juga siap menambah anggaran sekolah.';
const s1 = 'Ketua DPRD Kotim siap mengawasi proyek pasar.';
const s2 = 'Kami akan awasi ketat';
const s3 = 'Dewan juga siap menambah anggaran sekolah.';

const gold: GoldPledgeLike[] = [
	{ actor_institution: 'DPRD Kabupaten Kotawaringin Timur', category: 'oversight', evidence: s1, alt_evidence: [s2], amount_idr: null, strength: 'firm' },
	{ actor_institution: 'DPRD Kabupaten Kotawaringin Timur', category: 'budget', evidence: s3, alt_evidence: [], amount_idr: null, strength: 'firm' }
];
const pred = (p: Partial<PredictedPledgeLike>): PredictedPledgeLike => ({ actor_institution: 'DPRD Kabupaten Kotawaringin Timur', category: 'oversight', evidence: s1, amount_idr: null, strength: 'firm', ...p });

describe('actorsAgree', () => {
	it.each([
		['DPRD Provinsi Kalimantan Tengah', 'DPRD Provinsi Kalimantan Tengah', true],
		['DPRD Kabupaten Kotawaringin Timur', 'DPRD Kotawaringin Timur', true],
		['Lembaga Pemasyarakatan Garut', 'Lembaga Pemasyarakatan Kelas IIA Garut', true],
		['Dinas Kesehatan Provinsi Kalimantan Barat', 'Pemerintah Provinsi Kalimantan Barat', true],
		['DPR RI', 'DPRD Provinsi Lampung', false],
		['Pemerintah Kota Kendari', 'Pemerintah Kabupaten Garut', false],
		['DPRD', 'DPRD Provinsi Lampung', false],
		['', 'DPR RI', false]
	])('%s ~ %s → %s', (a, b, want) => {
		expect(actorsAgree(a, b)).toBe(want);
	});
});

describe('evidenceOverlap', () => {
	it('measures overlap relative to the shorter string', () => {
		expect(evidenceOverlap(text, s1, s1)).toBe(1);
		expect(evidenceOverlap(text, '“Kami akan awasi ketat,” ujarnya.', s2)).toBe(1);
		expect(evidenceOverlap(text, s1, s3)).toBe(0);
		expect(evidenceOverlap(text, 'not in text', s1)).toBe(0);
	});
});

describe('matchPledges', () => {
	it('matches on category and evidence, including alt_evidence', () => {
		expect(matchPledges(text, gold, [pred({ evidence: '“Kami akan awasi ketat,” ujarnya.' })], true)).toEqual([[0, 0]]);
	});
	it('rejects a wrong category', () => {
		expect(matchPledges(text, gold, [pred({ category: 'program' })], false)).toEqual([]);
	});
	it('needs the actor to agree only in strict mode', () => {
		const p = [pred({ actor_institution: 'Pemerintah Kabupaten Garut' })];
		expect(matchPledges(text, gold, p, true)).toEqual([]);
		expect(matchPledges(text, gold, p, false)).toEqual([[0, 0]]);
	});
	it('lets each gold pledge match one prediction only', () => {
		expect(matchPledges(text, gold, [pred({}), pred({ evidence: s2 })], false)).toHaveLength(1);
	});
	it('rejects evidence that is not in the text', () => {
		expect(matchPledges(text, gold, [pred({ evidence: 'Ketua DPRD Kotim siap mengawasi proyek pasar baru.' })], false)).toEqual([]);
	});
});

describe('scoreCorpus', () => {
	it('computes P/R/F1, negatives, strength and amount agreement', () => {
		const r = scoreCorpus([
			{ id: 'a', lang: 'id', text, gold, predicted: [pred({}), pred({ evidence: s2 }), pred({ category: 'budget', evidence: s3, strength: 'hedged' })] },
			{ id: 'b', lang: 'en', text: 'The rain will stop. Nothing else.', gold: [], predicted: [pred({ evidence: 'The rain will stop.', actor_institution: 'X Y' })] }
		]);
		expect([r.strict.tp, r.strict.fp, r.strict.fn]).toEqual([2, 2, 0]);
		expect(r.strict.precision).toBe(0.5);
		expect(r.strict.recall).toBe(1);
		expect(r.falsePledgesOnNegatives).toBe(1);
		expect(r.negativeArticles).toBe(1);
		expect(r.strengthAgreement).toEqual({ agree: 1, of: 2 });
		expect(r.amountAgreement.agree).toBe(2);
		expect(r.byCategory.oversight.strict.fp).toBe(2);
		expect(r.byLanguage.en.strict.fp).toBe(1);
		expect(r.falseHits.map((f) => f.reason)).toEqual(['duplicate or wrong actor', 'negative article']);
		expect(r.misses).toEqual([]);
	});
	it('reports misses', () => {
		const r = scoreCorpus([{ id: 'a', lang: 'id', text, gold, predicted: [] }]);
		expect(r.misses.map((m) => m.reason)).toEqual(['not detected', 'not detected']);
		expect(prf({ tp: 0, fp: 0, fn: 2 }).f1).toBe(0);
	});
});
