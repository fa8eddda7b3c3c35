// What the text around a sentence is about. A short quote ("Kami akan carikan solusi") names no
// kind of support itself; the article it sits in does (a budget cut, a summons, a bylaw). Read as
// category keyword counts of the sentence, its neighbours, the headline and the whole article,
// so the model can learn how far to trust each.
import { KEYWORD_ORDER, keywordCounts } from '../categorize';
import type { Sentence } from '../split-sentences';

function dominant(counts: readonly number[]): number {
	let best = -1;
	counts.forEach((n, i) => {
		if (n > 0 && (best < 0 || n > counts[best])) best = i;
	});
	return best;
}

/** Per sentence, its context feature values (`family:value`). */
export function contextFeatures(sentences: readonly Sentence[], title: string | null): string[][] {
	const per = sentences.map((s) => keywordCounts(s.text.toLowerCase()));
	const article = KEYWORD_ORDER.map((_, k) => per.reduce((n, c) => n + c[k], 0));
	const head = keywordCounts((title ?? sentences[0]?.text ?? '').toLowerCase());
	const total = article.reduce((a, b) => a + b, 0);
	const articleTop = dominant(article);
	const headTop = dominant(head);
	return sentences.map((_, i) => {
		const out: string[] = [];
		per[i].forEach((n, k) => n > 0 && out.push(`in:${KEYWORD_ORDER[k]}`));
		KEYWORD_ORDER.forEach((category, k) => {
			if ((i > 0 && per[i - 1][k] > 0) || (i + 1 < per.length && per[i + 1][k] > 0)) out.push(`near:${category}`);
		});
		if (headTop >= 0) out.push(`title:${KEYWORD_ORDER[headTop]}`);
		if (articleTop >= 0) out.push(`article:${KEYWORD_ORDER[articleTop]}`);
		// Share of the article's keywords per category, in thirds.
		if (total > 0) article.forEach((n, k) => n > 0 && out.push(`share:${KEYWORD_ORDER[k]}:${Math.min(2, Math.floor((3 * n) / total))}`));
		return out;
	});
}
