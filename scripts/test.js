// npm test: unit and database tests (vitest), then the built server in Chromium (Playwright).
// Database tests run on PGlite always, and on PostgreSQL too when TEST_DATABASE_URL is set.
// Ends with one line that sums both runners: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const results = path.join(root, 'test-results');
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(title, command, args, env = {}) {
	console.log(`\n=== ${title} ===`);
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

/** A Chromium the browser tests can drive: CHROMIUM_PATH, else the usual system paths. */
function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
	return candidates.find((p) => p && fs.existsSync(p)) ?? null;
}

/** On a fresh Debian machine run as root (CI, a container), installs Debian's Chromium once. */
function installChromium() {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) return null;
	console.log('\n=== installing Chromium for the browser tests (apt-get install chromium) ===');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
	return findChromium();
}

function finish(ok) {
	console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : ''));
	process.exit(ok ? 0 : 1);
}

fs.mkdirSync(results, { recursive: true });
if (!process.env.TEST_DATABASE_URL) {
	console.log('TEST_DATABASE_URL is not set: database tests run on PGlite only. ' +
		'Set it to a PostgreSQL admin URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run them on both engines.');
}
if (!step('svelte-kit sync', bin('svelte-kit'), ['sync'])) finish(false);

const vitestJson = path.join(results, 'vitest.json');
const unitOk = step('unit and database tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
	totals.passed += vitest.numPassedTests;
	totals.failed += vitest.numFailedTests;
	totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
} else if (!unitOk) totals.failed += 1;
if (!unitOk) finish(false);

if (!step('build', bin('vite'), ['build', '--logLevel', 'warn'])) finish(false);

const chromium = findChromium() ?? installChromium();
if (!chromium) {
	console.error('\nNo Chromium found for the browser tests. Install it (Debian/Ubuntu: `apt-get install -y chromium`) ' +
		'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.');
	totals.failed += 1;
	finish(false);
}
const playwrightJson = path.join(results, 'playwright.json');
const e2eOk = step('browser tests (Playwright, Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
	PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
	CHROMIUM_PATH: chromium
});
const playwright = readJson(playwrightJson);
if (playwright?.stats) {
	totals.passed += playwright.stats.expected + (playwright.stats.flaky ?? 0);
	totals.failed += playwright.stats.unexpected;
	totals.skipped += playwright.stats.skipped;
} else if (!e2eOk) totals.failed += 1;
finish(unitOk && e2eOk);
