// Scores predicted pledges against gold annotations exactly as corpus/FORMAT.md defines it:
// same category, evidence overlapping the gold evidence (or an alt_evidence sentence) by at least
// half of the shorter, and — for the strict score — actor names that agree. Pure; no I/O.

export interface GoldPledgeLike {
	actor_institution: string;
	category: string;
	evidence: string;
	alt_evidence?: string[];
	amount_idr: number | null;
	strength: string;
}

export interface PredictedPledgeLike {
	actor_institution: string;
	category: string;
	evidence: string;
	amount_idr: number | null;
	strength: string;
	evidence_start?: number;
}

export interface ArticleToScore {
	id: string;
	lang: string;
	text: string;
	gold: GoldPledgeLike[];
	predicted: PredictedPledgeLike[];
}

export interface Counts {
	tp: number;
	fp: number;
	fn: number;
}

export interface Prf extends Counts {
	precision: number;
	recall: number;
	f1: number;
}

export interface MatchedPair {
	id: string;
	gold: GoldPledgeLike;
	predicted: PredictedPledgeLike;
}

export interface EvalReport {
	articles: number;
	strict: Prf;
	detection: Prf;
	byCategory: Record<string, { strict: Prf; detection: Prf }>;
	byLanguage: Record<string, { strict: Prf; detection: Prf }>;
	negativeArticles: number;
	falsePledgesOnNegatives: number;
	strengthAgreement: { agree: number; of: number };
	amountAgreement: { agree: number; of: number; withAmount: number; withAmountAgree: number };
	evidenceNotInText: number;
	misses: { id: string; gold: GoldPledgeLike; reason: string }[];
	falseHits: { id: string; predicted: PredictedPledgeLike; reason: string }[];
}

/** Lower-case words of an institution name. */
export function nameWords(name: string): string[] {
	return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** FORMAT.md: ≥ 60% of the longer name's words shared, or all words (≥ 2) of the shorter in the longer. */
export function actorsAgree(a: string, b: string, expand: (name: string) => string = (x) => x): boolean {
	const wa = nameWords(expand(a));
	const wb = nameWords(expand(b));
	if (wa.length === 0 || wb.length === 0) return false;
	const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
	const longSet = new Set(longer);
	const shortSet = new Set(shorter);
	let shared = 0;
	for (const w of longSet) if (shortSet.has(w)) shared++;
	if (shared / longSet.size >= 0.6) return true;
	return shortSet.size >= 2 && [...shortSet].every((w) => longSet.has(w));
}

function occurrences(text: string, needle: string, limit = 20): number[] {
	const out: number[] = [];
	if (!needle) return out;
	for (let at = text.indexOf(needle); at >= 0 && out.length < limit; at = text.indexOf(needle, at + 1)) out.push(at);
	return out;
}

/** Largest character overlap between any placement of `a` and of `b` in `text`, relative to the shorter. */
export function evidenceOverlap(text: string, a: string, b: string, aStart?: number): number {
	const as = aStart !== undefined && text.slice(aStart, aStart + a.length) === a ? [aStart] : occurrences(text, a);
	const bs = occurrences(text, b);
	let best = 0;
	for (const x of as) {
		for (const y of bs) {
			const inter = Math.min(x + a.length, y + b.length) - Math.max(x, y);
			if (inter > best) best = inter;
		}
	}
	const shorter = Math.min(a.length, b.length);
	return shorter === 0 ? 0 : best / shorter;
}

export function evidenceMatches(text: string, pred: PredictedPledgeLike, gold: GoldPledgeLike): boolean {
	if (!text.includes(pred.evidence)) return false;
	for (const g of [gold.evidence, ...(gold.alt_evidence ?? [])]) {
		if (evidenceOverlap(text, pred.evidence, g, pred.evidence_start) >= 0.5) return true;
	}
	return false;
}

/** Maximum one-to-one matching (augmenting paths); sizes per article are small. */
export function matchPledges(
	text: string,
	gold: readonly GoldPledgeLike[],
	pred: readonly PredictedPledgeLike[],
	strict: boolean,
	expand?: (name: string) => string
): [number, number][] {
	const ok = (p: number, g: number) =>
		pred[p].category === gold[g].category && evidenceMatches(text, pred[p], gold[g]) && (!strict || actorsAgree(pred[p].actor_institution, gold[g].actor_institution, expand));
	const goldOf = new Array<number>(pred.length).fill(-1);
	const predOf = new Array<number>(gold.length).fill(-1);
	const tryAssign = (p: number, seen: boolean[]): boolean => {
		for (let g = 0; g < gold.length; g++) {
			if (seen[g] || !ok(p, g)) continue;
			seen[g] = true;
			if (predOf[g] < 0 || tryAssign(predOf[g], seen)) {
				predOf[g] = p;
				goldOf[p] = g;
				return true;
			}
		}
		return false;
	};
	for (let p = 0; p < pred.length; p++) tryAssign(p, new Array<boolean>(gold.length).fill(false));
	return goldOf.map((g, p) => [p, g] as [number, number]).filter(([, g]) => g >= 0);
}

export function prf(c: Counts): Prf {
	const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
	const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { ...c, precision, recall, f1 };
}

function add(map: Record<string, { strict: Counts; detection: Counts }>, key: string, mode: 'strict' | 'detection', field: keyof Counts) {
	map[key] ??= { strict: { tp: 0, fp: 0, fn: 0 }, detection: { tp: 0, fp: 0, fn: 0 } };
	map[key][mode][field]++;
}

function finish(map: Record<string, { strict: Counts; detection: Counts }>): Record<string, { strict: Prf; detection: Prf }> {
	const out: Record<string, { strict: Prf; detection: Prf }> = {};
	for (const k of Object.keys(map).sort()) out[k] = { strict: prf(map[k].strict), detection: prf(map[k].detection) };
	return out;
}

export function scoreCorpus(articles: readonly ArticleToScore[], expand?: (name: string) => string): EvalReport {
	const total = { strict: { tp: 0, fp: 0, fn: 0 }, detection: { tp: 0, fp: 0, fn: 0 } };
	const byCat: Record<string, { strict: Counts; detection: Counts }> = {};
	const byLang: Record<string, { strict: Counts; detection: Counts }> = {};
	const report: Omit<EvalReport, 'strict' | 'detection' | 'byCategory' | 'byLanguage'> = {
		articles: articles.length,
		negativeArticles: 0,
		falsePledgesOnNegatives: 0,
		strengthAgreement: { agree: 0, of: 0 },
		amountAgreement: { agree: 0, of: 0, withAmount: 0, withAmountAgree: 0 },
		evidenceNotInText: 0,
		misses: [],
		falseHits: []
	};
	for (const a of articles) {
		if (a.gold.length === 0) {
			report.negativeArticles++;
			report.falsePledgesOnNegatives += a.predicted.length;
		}
		for (const p of a.predicted) if (!a.text.includes(p.evidence)) report.evidenceNotInText++;
		for (const mode of ['strict', 'detection'] as const) {
			const pairs = matchPledges(a.text, a.gold, a.predicted, mode === 'strict', expand);
			const matchedGold = new Set(pairs.map(([, g]) => g));
			const matchedPred = new Set(pairs.map(([p]) => p));
			for (const [p, g] of pairs) {
				total[mode].tp++;
				add(byCat, a.gold[g].category, mode, 'tp');
				add(byLang, a.lang, mode, 'tp');
				if (mode === 'detection') {
					report.strengthAgreement.of++;
					if (a.predicted[p].strength === a.gold[g].strength) report.strengthAgreement.agree++;
					report.amountAgreement.of++;
					if (a.predicted[p].amount_idr === a.gold[g].amount_idr) report.amountAgreement.agree++;
					if (a.gold[g].amount_idr !== null) {
						report.amountAgreement.withAmount++;
						if (a.predicted[p].amount_idr === a.gold[g].amount_idr) report.amountAgreement.withAmountAgree++;
					}
				}
			}
			a.gold.forEach((g, i) => {
				if (matchedGold.has(i)) return;
				total[mode].fn++;
				add(byCat, g.category, mode, 'fn');
				add(byLang, a.lang, mode, 'fn');
				if (mode === 'strict') {
					const detected = matchPledges(a.text, [g], a.predicted, false).length > 0;
					report.misses.push({ id: a.id, gold: g, reason: detected ? 'actor disagrees or taken by another pledge' : 'not detected' });
				}
			});
			a.predicted.forEach((p, i) => {
				if (matchedPred.has(i)) return;
				total[mode].fp++;
				add(byCat, p.category, mode, 'fp');
				add(byLang, a.lang, mode, 'fp');
				if (mode === 'strict') {
					const dup = matchPledges(a.text, a.gold, [p], false).length > 0;
					report.falseHits.push({ id: a.id, predicted: p, reason: a.gold.length === 0 ? 'negative article' : dup ? 'duplicate or wrong actor' : 'no such gold pledge' });
				}
			});
		}
	}
	return { ...report, strict: prf(total.strict), detection: prf(total.detection), byCategory: finish(byCat), byLanguage: finish(byLang) };
}
