// npm run eval:followups — scores the follow-up matcher on the fictional pledge → follow-up pairs in
// tests/fixtures/followups (the main set and the held-out batch written after the features were
// set): precision and recall of the match decision, status accuracy, false hits per trap, and every
// miss, false hit and wrong status with the features behind it.
import { PLEDGES } from '../tests/fixtures/followups/pledges';
import { FOLLOWUPS } from '../tests/fixtures/followups/followups';
import { PAIRS } from '../tests/fixtures/followups/pairs';
import { HELD_OUT_FOLLOWUPS, HELD_OUT_PAIRS, HELD_OUT_PLEDGES } from '../tests/fixtures/followups/held-out';
import { loadGazetteer } from '../src/lib/server/resolve/gazetteer';
import { evaluateMatcher } from '../src/lib/server/followups/evaluate';

const gazetteer = await loadGazetteer();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const sets = {
	main: { pledges: PLEDGES, followups: FOLLOWUPS, pairs: PAIRS },
	'held-out': { pledges: HELD_OUT_PLEDGES, followups: HELD_OUT_FOLLOWUPS, pairs: HELD_OUT_PAIRS },
	all: { pledges: [...PLEDGES, ...HELD_OUT_PLEDGES], followups: [...FOLLOWUPS, ...HELD_OUT_FOLLOWUPS], pairs: [...PAIRS, ...HELD_OUT_PAIRS] }
};
for (const [name, set] of Object.entries(sets)) {
	const report = evaluateMatcher(set, gazetteer);
	console.log(`\n== ${name}: ${report.truePairs} true pairs, ${report.falsePairs} false pairs`);
	console.log(`precision ${pct(report.precision)} (${report.tp}/${report.tp + report.fp}), recall ${pct(report.recall)} (${report.tp}/${report.truePairs})`);
	console.log(`status right on ${pct(report.statusAccuracy)} of the true pairs found; false hits by trap: ${JSON.stringify(report.falseHitsByTrap)}`);
	if (name === 'all') continue;
	for (const o of report.outcomes) {
		if (o.predicted === o.pair.match && (!o.pair.match || o.status === o.pair.status)) continue;
		const label = o.pair.match ? (o.predicted ? `wrong status ${o.status} (want ${o.pair.status})` : 'missed') : `false hit (${o.pair.trap})`;
		console.log(`  ${o.pair.pledge} → ${o.pair.followup}: ${label}${o.confidence !== null ? ` ${o.confidence}` : ''} ${o.signals.join(' ')}`);
	}
}
