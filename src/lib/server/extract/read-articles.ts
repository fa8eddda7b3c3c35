// Turns what the extract command is given — an article JSON (corpus/FORMAT.md), a plain-text body,
// or JSON Lines — into articles, with an error naming the source and line for each bad one.
import type { ArticleInput, Lang } from '../../domain/statement';

export type ParsedArticle = { ok: true; article: ArticleInput & { id: string } } | { ok: false; error: string };

function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const optString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Validates one parsed JSON value as an article. */
export function articleFromJson(value: unknown, where: string, fallbackId: string): ParsedArticle {
	if (!isRecord(value)) return { ok: false, error: `${where}: expected a JSON object with a \`text\` field` };
	if (typeof value.text !== 'string') return { ok: false, error: `${where}: no body text; expected a string \`text\` field` };
	const lang = value.lang === 'id' || value.lang === 'en' ? (value.lang as Lang) : null;
	if (value.lang !== undefined && value.lang !== null && !lang) return { ok: false, error: `${where}: \`lang\` must be "id" or "en"` };
	const published = optString(value.published);
	if (published !== null && !/^\d{4}-\d{2}-\d{2}/.test(published)) return { ok: false, error: `${where}: \`published\` must be an ISO date (YYYY-MM-DD)` };
	const id = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : fallbackId;
	return { ok: true, article: { id, text: value.text, title: optString(value.title), lang, published: published?.slice(0, 10) ?? null, url: optString(value.url) } };
}

/** Parses a file's content by its name: `.txt` is a body, `.jsonl`/`.ndjson` one article a line, else JSON. */
export function parseArticles(name: string, content: string): ParsedArticle[] {
	const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'stdin';
	if (/\.txt$/i.test(name)) return [{ ok: true, article: { id: base, text: content } }];
	const trimmed = content.trim();
	if (trimmed === '') return [{ ok: false, error: `${name}: empty input; expected an article JSON, JSON Lines or a .txt body` }];
	const jsonLines = /\.(jsonl|ndjson)$/i.test(name) || (!/\.json$/i.test(name) && trimmed.startsWith('{') && trimmed.includes('}\n{'));
	if (!jsonLines) {
		try {
			const value: unknown = JSON.parse(trimmed);
			if (Array.isArray(value)) return value.map((v, i) => articleFromJson(v, `${name} item ${i + 1}`, `${base}-${i + 1}`));
			return [articleFromJson(value, name, base)];
		} catch (e) {
			if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return [{ ok: true, article: { id: base, text: content } }];
			if (!trimmed.includes('\n')) return [{ ok: false, error: `${name}: invalid JSON (${(e as Error).message})` }];
		}
	}
	const out: ParsedArticle[] = [];
	content.split('\n').forEach((line, i) => {
		if (line.trim() === '') return;
		try {
			out.push(articleFromJson(JSON.parse(line), `${name} line ${i + 1}`, `${base}-${i + 1}`));
		} catch (e) {
			out.push({ ok: false, error: `${name} line ${i + 1}: invalid JSON (${(e as Error).message})` });
		}
	});
	return out;
}
