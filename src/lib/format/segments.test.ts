import { describe, expect, it } from 'vitest';
import { paragraphAround, safeHttpUrl, segmentText } from './segments';

describe('evidence segments', () => {
	it('marks evidence, sharing text between overlapping statements', () => {
		const text = 'Dewan siap mendukung anggaran dan pengawasan.';
		const segs = segmentText(text, [
			{ start: 6, end: 20, id: 1 },
			{ start: 6, end: 44, id: 2 }
		]);
		expect(segs.map((s) => [s.text, s.ids])).toEqual([
			['Dewan ', []],
			['siap mendukung', [1, 2]],
			[' anggaran dan pengawasan', [2]],
			['.', []]
		]);
		expect(segs.map((s) => s.text).join('')).toBe(text);
	});

	it('works on a paragraph cut out of a longer text', () => {
		const body = 'Satu.\n\nDua kalimat di sini.';
		const p = paragraphAround(body, 11, 18);
		expect(p).toEqual({ text: 'Dua kalimat di sini.', start: 7 });
		expect(segmentText(p.text, [{ start: 11, end: 18, id: 9 }], p.start).map((s) => s.text)).toEqual(['Dua ', 'kalimat', ' di sini.']);
	});

	it('keeps text that contains markup as text', () => {
		expect(segmentText('<script>x</script>', []).map((s) => s.text)).toEqual(['<script>x</script>']);
	});

	it.each([
		['https://kabar.example/a', 'https://kabar.example/a'],
		['http://kabar.example', 'http://kabar.example/'],
		['javascript:alert(1)', null],
		['JaVaScRiPt:alert(1)', null],
		['data:text/html,x', null],
		['/relative', null],
		[null, null]
	])('links %s only if http(s)', (input, expected) => {
		expect(safeHttpUrl(input)).toBe(expected);
	});
});
