// npm test: unit and database tests (vitest), then the built server in Chromium (Playwright).
// Database tests run on PGlite always, and on PostgreSQL too when TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function step(title, command, args, env = {}) {
	console.log(`\n=== ${title} ===`);
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) {
		console.error(`\n${title} failed (exit ${result.status ?? result.signal}).`);
		process.exit(result.status || 1);
	}
}

if (!process.env.TEST_DATABASE_URL) {
	console.log('TEST_DATABASE_URL is not set: database tests run on PGlite only. ' +
		'Set it to a PostgreSQL admin URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run them on both engines.');
}
step('svelte-kit sync', bin('svelte-kit'), ['sync']);
step('unit and database tests (vitest)', bin('vitest'), ['run']);
step('build', bin('vite'), ['build', '--logLevel', 'warn']);
step('browser tests (Playwright, Chromium)', bin('playwright'), ['test']);
console.log('\nAll test suites passed.');
