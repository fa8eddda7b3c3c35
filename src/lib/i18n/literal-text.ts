// Finds words written straight into a .svelte template (text nodes and the attributes people read:
// title, alt, placeholder, aria-label…) — interface text that bypasses the message catalogue.
// Used by literal-text.test.ts; the allow-list holds names and formats that read the same in both
// languages.
import { parse } from 'svelte/compiler';

/** Attributes whose value a reader sees or hears. */
const READ_ATTRIBUTES = new Set(['title', 'alt', 'placeholder', 'aria-label', 'aria-description', 'aria-roledescription', 'label', 'summary']);

/** Words that are the same in Indonesian and English: the product, formats, units, symbols. */
const SAME_IN_BOTH = new Set(
	['Pledgewatch', 'CSV', 'JSON', 'NDJSON', 'Atom', 'BibTeX', 'CSL', 'PNG', 'SVG', 'Rp', 'UTC', 'RSS', 'API', 'OpenAPI', 'DPRD', 'DPR', 'Popolo', 'iframe', 'ID', 'Email', 'CC', 'BY', 'CSL-JSON'].map(
		(w) => w.toLowerCase()
	)
);

export interface LiteralText {
	text: string;
	line: number;
}

interface Node {
	type: string;
	start: number;
	end: number;
	data?: string;
	name?: string;
	value?: unknown;
	[key: string]: unknown;
}

/** True when the text holds a word a reader would need translated. */
export function needsTranslation(text: string): boolean {
	// Addresses and file names (https://…, datapackage.json) are not words to translate.
	const prose = text.replace(/\bhttps?:\/\/\S*/g, ' ').replace(/\S+\.[a-z]{2,8}\b/g, ' ');
	const words = prose.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
	return words.some((w) => w.length > 1 && !SAME_IN_BOTH.has(w.toLowerCase()));
}

function lineOf(source: string, offset: number): number {
	return source.slice(0, offset).split('\n').length;
}

/** Elements whose content is code or a key name, the same in every language. */
const CODE_ELEMENTS = new Set(['code', 'kbd', 'pre', 'script', 'style']);

/** Every literal text in the template of `source` that needs translating. */
export function findLiteralText(source: string): LiteralText[] {
	const ast = parse(source, { modern: true }) as unknown as { fragment: Node };
	const found: LiteralText[] = [];
	const visit = (node: unknown, attribute: Node | null): void => {
		if (Array.isArray(node)) return node.forEach((child) => visit(child, attribute));
		if (!node || typeof node !== 'object') return;
		const n = node as Node;
		if (n.type === 'Text' && typeof n.data === 'string') {
			// Inside an attribute, only the attributes people read count (not class, href, name…).
			if ((!attribute || READ_ATTRIBUTES.has(String(attribute.name))) && needsTranslation(n.data)) {
				found.push({ text: n.data.trim().replace(/\s+/g, ' '), line: lineOf(source, n.start) });
			}
			return;
		}
		if (n.type === 'RegularElement' && CODE_ELEMENTS.has(String(n.name))) return;
		for (const [key, value] of Object.entries(n)) {
			// Expressions are code; their strings are checked by review, not here.
			if (key === 'expression' || key === 'metadata') continue;
			if (value && typeof value === 'object') visit(value, n.type === 'Attribute' || String(n.type).endsWith('Directive') ? n : attribute);
		}
	};
	visit(ast.fragment, null);
	return found;
}
