import { describe, expect, it } from 'vitest';
import { parseArticles } from './read-articles';

describe('parseArticles', () => {
	it.each([
		['a.json', '{"id":"7","text":"Isi.","lang":"id","published":"2025-04-16"}', [{ ok: true, id: '7' }]],
		['b.txt', 'Isi berita.', [{ ok: true, id: 'b' }]],
		['c.jsonl', '{"id":"1","text":"A"}\n{"id":"2","text":"B"}\n', [{ ok: true, id: '1' }, { ok: true, id: '2' }]],
		['d.jsonl', '{"id":"1","text":"A"}\nnot json\n', [{ ok: true, id: '1' }, { ok: false, error: 'd.jsonl line 2: invalid JSON' }]],
		['e.json', '{"id":"1"}', [{ ok: false, error: 'e.json: no body text' }]],
		['f.json', '{"text":"A","lang":"fr"}', [{ ok: false, error: 'f.json: `lang` must be' }]],
		['g.json', '{"text":"A","published":"16/4/2025"}', [{ ok: false, error: 'g.json: `published` must be' }]],
		['h.json', '', [{ ok: false, error: 'h.json: empty input' }]],
		['i.json', '[1, {"text":"B"}]', [{ ok: false, error: 'i.json item 1: expected a JSON object' }, { ok: true, id: 'i-2' }]]
	] as const)('%s', (name, content, expected) => {
		const got = parseArticles(name, content);
		expect(got).toHaveLength(expected.length);
		got.forEach((g, i) => {
			const want = expected[i];
			expect(g.ok).toBe(want.ok);
			if (g.ok && 'id' in want) expect(g.article.id).toBe(want.id);
			if (!g.ok && 'error' in want) expect(g.error).toContain(want.error);
		});
	});
});
