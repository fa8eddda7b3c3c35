// The regression gate CI runs: the cross-validated pooled strict F1 may not fall more than
// `tolerance` below the committed baseline. Raise the baseline as the extractor improves.
export interface GateBaseline {
	/** Pooled strict F1 of `npm run eval -- --cv 5` on the corpus named in `corpus`. */
	strictF1: number;
	tolerance: number;
	corpus: string;
}

export function checkGate(strictF1: number, baseline: GateBaseline): { pass: boolean; message: string } {
	const floor = baseline.strictF1 - baseline.tolerance;
	const pass = strictF1 >= floor - 1e-9;
	const figures = `pooled strict F1 ${strictF1.toFixed(3)}, baseline ${baseline.strictF1.toFixed(3)} − ${baseline.tolerance} = ${floor.toFixed(3)}`;
	return { pass, message: pass ? `Extraction gate passed: ${figures}` : `Extraction gate FAILED: ${figures}. The change made extraction worse on held-out folds.` };
}
