// What the headline F1 hides: which categories are mistaken for which, whether confidence means
// what it says, how often the right actor is named on a detected pledge, how many restatements
// were left unmerged, and on how many pledge-free articles anything was claimed at all.
import { calibrationTable, type CalibrationBin } from '../model/calibrate';
import { actorsAgree, evidenceMatches, matchPledges, type ArticleToScore } from './score';

export interface Diagnostics {
	/** gold category → predicted category on the same sentence ('none': nothing predicted there). */
	confusion: Record<string, Record<string, number>>;
	calibration: CalibrationBin[];
	actor: { agree: number; of: number };
	/** Predictions that restate a gold pledge another prediction already matched. */
	unmergedRestatements: number;
	negativeArticlesWithFalsePledges: number;
	negativeArticles: number;
}

interface WithConfidence {
	confidence?: number;
}

export function diagnose(articles: readonly ArticleToScore[]): Diagnostics {
	const confusion: Diagnostics['confusion'] = {};
	const calibrationItems: { confidence: number; correct: boolean }[] = [];
	const actor = { agree: 0, of: 0 };
	let unmergedRestatements = 0;
	let negativeArticlesWithFalsePledges = 0;
	let negativeArticles = 0;
	for (const a of articles) {
		if (a.gold.length === 0) {
			negativeArticles++;
			if (a.predicted.length > 0) negativeArticlesWithFalsePledges++;
		}
		for (const g of a.gold) {
			const onSentence = a.predicted.filter((p) => evidenceMatches(a.text, p, g)).map((p) => p.category);
			const predicted = onSentence.includes(g.category) ? g.category : (onSentence[0] ?? 'none');
			confusion[g.category] ??= {};
			confusion[g.category][predicted] = (confusion[g.category][predicted] ?? 0) + 1;
		}
		const pairs = matchPledges(a.text, a.gold, a.predicted, false);
		const matched = new Set(pairs.map(([p]) => p));
		for (const [p, g] of pairs) {
			actor.of++;
			if (actorsAgree(a.predicted[p].actor_institution, a.gold[g].actor_institution)) actor.agree++;
		}
		a.predicted.forEach((p, i) => {
			const confidence = (p as WithConfidence).confidence;
			if (typeof confidence === 'number') calibrationItems.push({ confidence, correct: matched.has(i) });
			if (!matched.has(i) && a.gold.some((g) => g.category === p.category && evidenceMatches(a.text, p, g))) unmergedRestatements++;
		});
	}
	return { confusion, calibration: calibrationTable(calibrationItems), actor, unmergedRestatements, negativeArticlesWithFalsePledges, negativeArticles };
}
