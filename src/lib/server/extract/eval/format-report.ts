// Renders evaluation reports as plain text for the terminal.
import type { CrossValidation } from './cross-validate';
import type { Diagnostics } from './diagnostics';
import type { EvalReport, Prf } from './score';

const pct = (x: number) => x.toFixed(3);
const line = (label: string, p: Prf) =>
	`${label.padEnd(22)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
const short = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface FormatOptions {
	/** List every miss and false hit (long). */
	listErrors: boolean;
}

function formatDiagnostics(d: Diagnostics): string[] {
	const out: string[] = [];
	out.push(`Pledge-free articles with any false pledge: ${d.negativeArticlesWithFalsePledges} of ${d.negativeArticles}`);
	out.push(`Actor accuracy on detected pledges: ${d.actor.agree}/${d.actor.of} (${pct(d.actor.of ? d.actor.agree / d.actor.of : 1)})`);
	out.push(`Restatements left unmerged (extra predictions of a matched pledge): ${d.unmergedRestatements}`);
	const cats = ['budget', 'oversight', 'program', 'regulation', 'other'];
	out.push('', 'Category confusion (rows: gold; columns: predicted on the same sentence):');
	out.push(`  ${''.padEnd(11)}${[...cats, 'none'].map((c) => c.slice(0, 9).padStart(10)).join('')}`);
	for (const g of cats) {
		const row = d.confusion[g] ?? {};
		out.push(`  ${g.padEnd(11)}${[...cats, 'none'].map((c) => String(row[c] ?? 0).padStart(10)).join('')}`);
	}
	out.push('', 'Calibration (confidence → share of predicted pledges that match a gold pledge):');
	for (const b of d.calibration) {
		if (b.count === 0) continue;
		out.push(`  ${b.from.toFixed(1)}–${(b.from + 0.1).toFixed(1)}  n ${String(b.count).padStart(4)}  mean conf ${pct(b.meanConfidence)}  precision ${pct(b.correct / b.count)}`);
	}
	return out;
}

export function formatReport(r: EvalReport, d?: Diagnostics, options: FormatOptions = { listErrors: true }): string {
	const out: string[] = [];
	out.push(`Articles: ${r.articles} (negatives: ${r.negativeArticles})`);
	out.push(line('Strict', r.strict));
	out.push(line('Detection', r.detection));
	out.push('', 'Per category (strict | detection):');
	for (const [k, v] of Object.entries(r.byCategory)) out.push(`  ${line(k, v.strict)}\n  ${line('', v.detection)}`);
	out.push('', 'Per language (strict | detection):');
	for (const [k, v] of Object.entries(r.byLanguage)) out.push(`  ${line(k, v.strict)}\n  ${line('', v.detection)}`);
	out.push('');
	out.push(`False pledges on negative articles: ${r.falsePledgesOnNegatives}`);
	out.push(`Evidence not an exact substring of the text: ${r.evidenceNotInText}`);
	out.push(`Strength agreement on matched pledges: ${r.strengthAgreement.agree}/${r.strengthAgreement.of}`);
	out.push(
		`Exact amount agreement on matched pledges: ${r.amountAgreement.agree}/${r.amountAgreement.of} (gold with an amount: ${r.amountAgreement.withAmountAgree}/${r.amountAgreement.withAmount})`
	);
	if (d) out.push(...formatDiagnostics(d));
	if (options.listErrors) {
		out.push('', `Misses (${r.misses.length}):`);
		for (const m of r.misses) out.push(`  [${m.id}] ${m.gold.category} · ${m.gold.actor_institution} · ${m.reason}\n      “${short(m.gold.evidence)}”`);
		out.push('', `False hits (${r.falseHits.length}):`);
		for (const f of r.falseHits) out.push(`  [${f.id}] ${f.predicted.category} · ${f.predicted.actor_institution} · ${f.reason}\n      “${short(f.predicted.evidence)}”`);
	}
	return out.join('\n');
}

export function formatCrossValidation(cv: CrossValidation, options: FormatOptions): string {
	const out: string[] = [`Cross-validated: ${cv.folds.length} folds by article (each scored by a model trained on the others)`, ''];
	for (const f of cv.folds) {
		out.push(`Fold ${f.fold} (${f.articles} articles)`);
		out.push(`  ${line('strict', f.report.strict)}`, `  ${line('detection', f.report.detection)}`);
	}
	out.push('', '== Pooled over all folds ==', formatReport(cv.pooled, cv.diagnostics, options));
	return out.join('\n');
}
