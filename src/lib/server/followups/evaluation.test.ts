// The follow-up matcher on the fictional evaluation set (tests/fixtures/followups): the target
// is precision ≥ 0.85 at recall ≥ 0.6. `npm run eval:followups` prints the figures and every error.
import { beforeAll, describe, expect, it } from 'vitest';
import { PLEDGES } from '../../../../tests/fixtures/followups/pledges';
import { FOLLOWUPS } from '../../../../tests/fixtures/followups/followups';
import { PAIRS } from '../../../../tests/fixtures/followups/pairs';
import { HELD_OUT_FOLLOWUPS, HELD_OUT_PAIRS, HELD_OUT_PLEDGES } from '../../../../tests/fixtures/followups/held-out';
import { loadGazetteer, type Gazetteer } from '../resolve/gazetteer';
import { evaluateMatcher } from './evaluate';

describe('follow-up matcher evaluation', () => {
	let gazetteer: Gazetteer;
	beforeAll(async () => {
		gazetteer = await loadGazetteer();
	});

	it('the set has at least 60 true and 60 tempting false pairs, every trap represented', () => {
		const pairs = [...PAIRS, ...HELD_OUT_PAIRS];
		expect(pairs.filter((p) => p.match).length).toBeGreaterThanOrEqual(60);
		expect(pairs.filter((p) => !p.match).length).toBeGreaterThanOrEqual(60);
		const traps = new Set(pairs.flatMap((p) => (p.match ? [] : [p.trap])));
		expect([...traps].sort()).toEqual(['before', 'new-promise', 'other-institution', 'other-topic', 'restatement']);
	});

	it('reaches precision ≥ 0.85 at recall ≥ 0.6 on the whole set, and on the held-out batch alone', () => {
		const all = evaluateMatcher({ pledges: [...PLEDGES, ...HELD_OUT_PLEDGES], followups: [...FOLLOWUPS, ...HELD_OUT_FOLLOWUPS], pairs: [...PAIRS, ...HELD_OUT_PAIRS] }, gazetteer);
		const heldOut = evaluateMatcher({ pledges: HELD_OUT_PLEDGES, followups: HELD_OUT_FOLLOWUPS, pairs: HELD_OUT_PAIRS }, gazetteer);
		console.log(
			`follow-up matcher: all ${all.truePairs}+${all.falsePairs} pairs P=${all.precision.toFixed(3)} R=${all.recall.toFixed(3)} status=${all.statusAccuracy.toFixed(3)}; ` +
				`held-out ${heldOut.truePairs}+${heldOut.falsePairs} P=${heldOut.precision.toFixed(3)} R=${heldOut.recall.toFixed(3)}`
		);
		expect(all.precision).toBeGreaterThanOrEqual(0.85);
		expect(all.recall).toBeGreaterThanOrEqual(0.6);
		expect(heldOut.precision).toBeGreaterThanOrEqual(0.85);
		expect(heldOut.recall).toBeGreaterThanOrEqual(0.6);
	});
});
