// A pledge restated in the headline, the lead, a quote and a paraphrase is ONE pledge: counting it
// three times would inflate every chart. Pledge sentences are grouped by the merge model (does
// this pair state the same pledge?), average linkage, in reading order.
import { hashFeatures } from './model/feature-hash';
import { pairFeatures, type PairSide } from './model/pair-features';
import { sameClaimProbability, type PledgeModel } from './model/pledge-model';

// Only the newest groups, and their newest members, are compared: a restatement far from every
// earlier mention is rare, and the bounds keep a pathological article (thousands of "akan …"
// sentences) linear.
const RECENT_GROUPS = 25;
const RECENT_MEMBERS = 8;

/** Groups of indices into `sides`, in order of their first member. */
export function clusterPledges(sides: readonly PairSide[], model: PledgeModel): number[][] {
	const groups: number[][] = [];
	for (let i = 0; i < sides.length; i++) {
		let best: number[] | null = null;
		let bestP = 0.5;
		for (const g of groups.slice(-RECENT_GROUPS)) {
			// One sentence is never two restatements of one pledge; one sentence committing two
			// institutions is one pledge each (corpus/GUIDE.md).
			if (sides[g[g.length - 1]].index === sides[i].index) continue;
			const recent = g.slice(-RECENT_MEMBERS);
			let sum = 0;
			for (const m of recent) sum += sameClaimProbability(model, hashFeatures(pairFeatures(sides[m], sides[i])));
			const p = sum / recent.length;
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
