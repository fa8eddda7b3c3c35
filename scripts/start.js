// npm start: builds the app when the build is missing or older than the sources, then serves it.
// Plain JavaScript so it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { originFromLoopbackHost } from './loopback-origin.js';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'build', 'index.js');

function newestMtime(target) {
	const stat = fs.statSync(target, { throwIfNoEntry: false });
	if (!stat) return 0;
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
	return newest;
}

const sources = ['src', 'static', 'migrations', 'package.json', 'svelte.config.js', 'vite.config.ts'].map((p) => path.join(root, p));
const buildTime = fs.statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (buildTime < Math.max(...sources.map(newestMtime))) {
	console.log('Building Pledgewatch (first start or sources changed)…');
	const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

process.env.PORT ??= '3000';
process.env.HOST ??= '127.0.0.1';
process.env.BODY_SIZE_LIMIT ??= '25M';
const loopback = ['127.0.0.1', 'localhost', '::1'].includes(process.env.HOST);
const shownHost = loopback || process.env.HOST === '0.0.0.0' ? 'localhost' : process.env.HOST;
// adapter-node assumes https when ORIGIN is unset, and SvelteKit then refuses every form post
// (login, review) as cross-site. On this machine the origin is whichever loopback name was used.
if (!process.env.ORIGIN && loopback) originFromLoopbackHost(process.env.PORT);
else if (!process.env.ORIGIN) {
	console.warn(`ORIGIN is not set: forms (editor login, review) will be refused unless the site is served as https://<host>. ` +
		`Set ORIGIN to the address people use, e.g. ORIGIN=https://pledgewatch.example`);
}
process.chdir(root);
await import(built);
console.log(`Pledgewatch dashboard: http://${shownHost}:${process.env.PORT}/  (Ctrl+C to stop)`);
