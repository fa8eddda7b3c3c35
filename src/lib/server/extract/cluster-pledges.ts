// A pledge restated in the headline, the lead, a quote and a paraphrase is ONE pledge: counting it
// three times would inflate every chart. Pledge sentences are grouped by the merge model (does
// this pair state the same pledge?), average linkage, in reading order.
import { hashFeatures } from './model/feature-hash';
import { pairFeatures, type PairSide } from './model/pair-features';
import { sameClaimProbability, type PledgeModel } from './model/pledge-model';

// Beyond this many earlier groups the newest are compared: a restatement far from every earlier
// mention is rare, and the bound keeps a pathological article linear.
const RECENT_GROUPS = 25;

/** Groups of indices into `sides`, in order of their first member. */
export function clusterPledges(sides: readonly PairSide[], model: PledgeModel): number[][] {
	const groups: number[][] = [];
	for (let i = 0; i < sides.length; i++) {
		let best: number[] | null = null;
		let bestP = 0.5;
		for (const g of groups.slice(-RECENT_GROUPS)) {
			// One sentence is never two restatements of the same pledge.
			if (g.some((m) => sides[m].index === sides[i].index && sides[m].actor === sides[i].actor)) continue;
			let sum = 0;
			for (const m of g) sum += sameClaimProbability(model, hashFeatures(pairFeatures(sides[m], sides[i])));
			const p = sum / g.length;
			if (p >= bestP) {
				bestP = p;
				best = g;
			}
		}
		if (best) best.push(i);
		else groups.push([i]);
	}
	return groups;
}
