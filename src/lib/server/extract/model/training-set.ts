// One annotated article → its labelled candidate sentences and sentence pairs, through the same
// rule stage the extractor runs, so the model is trained on exactly the features it will see.
import type { ArticleInput } from '../../../domain/statement';
import { pairSideOf, proposeCandidates, type ExtractContext } from '../propose-candidates';
import { hashFeatures } from './feature-hash';
import { labelSentences, type GoldPledgeInput } from './label-sentences';
import { pairFeatures } from './pair-features';
import type { TrainingArticle } from './train-model';

export interface AnnotatedArticle {
	article: ArticleInput & { id: string };
	gold: GoldPledgeInput[];
}

export function trainingArticle(item: AnnotatedArticle, ctx: ExtractContext): TrainingArticle {
	const p = proposeCandidates(item.article, ctx);
	const labels = labelSentences(p.text, p.sentences, item.gold);
	const sentences = p.candidates.map((c, i) => ({ features: c.features, label: labels[i] }));
	// Pairs of pledge sentences: the same pledge when they state (or restate) a gold pledge in common.
	const sides = p.candidates
		.filter((_, i) => labels[i].pledge)
		.map((c) => ({ side: pairSideOf(p, c, c.actor.actors[0]?.institution?.name ?? ''), pledges: labels[c.sentence.index].pledges }));
	const pairs = [];
	for (let i = 0; i < sides.length; i++) {
		for (let j = i + 1; j < sides.length; j++) {
			const same = sides[i].pledges.some((g) => sides[j].pledges.includes(g));
			pairs.push({ features: hashFeatures(pairFeatures(sides[i].side, sides[j].side)), same });
		}
	}
	return { id: item.article.id, sentences, pairs };
}
