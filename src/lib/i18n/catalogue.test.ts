// The two catalogues mirror each other: the same keys at every depth, no empty text, and every
// message function answers a non-empty string in both languages.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './messages-en';
import { id } from './messages-id';
import { findLiteralText } from './literal-text';

type Tree = { [key: string]: unknown };

function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
	const out = new Map<string, unknown>();
	if (tree && typeof tree === 'object') {
		for (const [key, value] of Object.entries(tree as Tree)) {
			const p = prefix ? `${prefix}.${key}` : key;
			if (value && typeof value === 'object') for (const [k, v] of leaves(value, p)) out.set(k, v);
			else out.set(p, value);
		}
	}
	return out;
}

const sample = (fn: (...args: never[]) => unknown) => (fn as (...args: unknown[]) => unknown)(...Array.from({ length: Math.max(fn.length, 4) }, () => '3'));

describe('message catalogue', () => {
	const ids = leaves(id);
	const ens = leaves(en);

	it('Indonesian and English have the same keys', () => {
		expect([...ens.keys()].sort()).toEqual([...ids.keys()].sort());
		expect(ids.size).toBeGreaterThan(400);
	});

	it.each([
		['id', ids],
		['en', ens]
	])('%s: no empty text, every message function answers text', (_lang, all) => {
		const empty: string[] = [];
		for (const [key, value] of all) {
			const text = typeof value === 'function' ? sample(value as (...args: never[]) => unknown) : value;
			if (typeof text !== 'string' || text.trim() === '') empty.push(key);
		}
		expect(empty).toEqual([]);
	});

	it('a message function takes the same arguments in both languages', () => {
		const differ = [...ids].filter(([k, v]) => typeof v === 'function' && typeof ens.get(k) !== 'function').map(([k]) => k);
		expect(differ).toEqual([]);
	});
});

/** Folders whose templates must take their words from the catalogue. */
const TEMPLATE_ROOTS = ['src/routes', 'src/lib/components', 'src/lib/charts'];
/** Pages written once per language on purpose (long prose is easier to edit as a page). */
const PER_LANGUAGE = /(?:^|\/)About(?:Id|En)\.svelte$/;

function svelteFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(full);
		return entry.name.endsWith('.svelte') ? [full] : [];
	});
}

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(svelte|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
	});
}

describe('templates take their words from the catalogue', () => {
	const files = TEMPLATE_ROOTS.flatMap((root) => svelteFiles(root)).filter((f) => !PER_LANGUAGE.test(f));

	it('finds the templates', () => {
		expect(files.length).toBeGreaterThan(40);
	});

	it('no .svelte file has literal interface text', () => {
		const found = files.flatMap((file) => findLiteralText(fs.readFileSync(file, 'utf8')).map((hit) => `${file}:${hit.line}: ${hit.text}`));
		expect(found).toEqual([]);
	});

	it('no page or component keeps a catalogue of its own (an object with id and en texts)', () => {
		const sources = TEMPLATE_ROOTS.flatMap((root) => sourceFiles(root));
		const own = sources.filter((file) => {
			const text = fs.readFileSync(file, 'utf8');
			return /\bid: \{/.test(text) && /\ben: \{/.test(text);
		});
		expect(sources.length).toBeGreaterThan(100);
		expect(own).toEqual([]);
	});

	it('the checker notices text, a title attribute and an aria-label, and lets code and names through', () => {
		const hits = findLiteralText(
			'<script>const a = "Not text";</script><h1>Review queue</h1><p title="Copy link">{x}</p><nav aria-label="Pages"></nav>' +
				'<code>npm run user</code><a class="big" href="/x">Pledgewatch</a> <span>CSV · JSON</span><style>p { color: red }</style>'
		).map((h) => h.text);
		expect(hits).toEqual(['Review queue', 'Copy link', 'Pages']);
	});
});
