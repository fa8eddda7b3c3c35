// The CI gate as CI runs it: `npm run eval -- --cv K --gate FILE DIR` exits 1 when the model got
// worse than the committed baseline, 0 when it holds. On the fictional corpus, with a baseline
// taken from a first run, a deliberately worse model (a threshold nothing reaches) must fail.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const corpus = join(root, 'tests/fixtures/extract-corpus');
const dir = mkdtempSync(join(tmpdir(), 'pledgewatch-gate-'));

function runEval(...args: string[]) {
	return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--cv', '3', '--quiet', '--train-option', 'minArticles=1', ...args, corpus], {
		cwd: root,
		encoding: 'utf8'
	});
}

describe('the extraction gate', () => {
	it('passes the model it was measured on and fails a worse one', () => {
		const report = join(dir, 'report.json');
		const first = runEval('--json', report);
		expect(first.status, first.stderr).toBe(0);
		const strictF1 = (JSON.parse(readFileSync(report, 'utf8')) as { pooled: { strict: { f1: number } } }).pooled.strict.f1;
		expect(strictF1).toBeGreaterThan(0);
		const baseline = join(dir, 'baseline.json');
		writeFileSync(baseline, JSON.stringify({ strictF1, tolerance: 0.02, corpus: 'fictional' }));

		const same = runEval('--gate', baseline);
		expect(same.status, same.stdout + same.stderr).toBe(0);
		expect(same.stdout).toContain('Extraction gate passed');

		const worse = runEval('--gate', baseline, '--train-option', 'threshold=0.999');
		expect(worse.status).toBe(1);
		expect(worse.stdout).toContain('Extraction gate FAILED');
	}, 120_000);

	it('refuses an unknown training option, naming the known ones', () => {
		const bad = runEval('--train-option', 'speed=9');
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('l2');
	}, 60_000);
});
