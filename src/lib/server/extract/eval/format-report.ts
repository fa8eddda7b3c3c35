// Renders an evaluation report as plain text for the terminal.
import type { EvalReport, Prf } from './score';

const pct = (x: number) => x.toFixed(3);
const line = (label: string, p: Prf) =>
	`${label.padEnd(22)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
const short = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatReport(r: EvalReport): string {
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
	out.push('', `Misses (${r.misses.length}):`);
	for (const m of r.misses) out.push(`  [${m.id}] ${m.gold.category} · ${m.gold.actor_institution} · ${m.reason}\n      “${short(m.gold.evidence)}”`);
	out.push('', `False hits (${r.falseHits.length}):`);
	for (const f of r.falseHits) out.push(`  [${f.id}] ${f.predicted.category} · ${f.predicted.actor_institution} · ${f.reason}\n      “${short(f.predicted.evidence)}”`);
	return out.join('\n');
}
