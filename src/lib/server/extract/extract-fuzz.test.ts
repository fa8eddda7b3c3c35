// Robustness: random Unicode, huge paragraphs, a 1 MB article, unbalanced quotes and HTML
// leftovers must neither throw nor take time that grows faster than their size. Seeded, so
// reproducible. No absolute time limits: on a busy 2-core CI machine they failed while the code
// was fine; absolute speed is the benchmark's business (`npm run bench -- extract`).
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../resolve/gazetteer';
import { extractStatements } from './extract-statements';

function rng(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PIECES = [
	'DPRD Kotim siap mengawasi proyek. ', '“Kami akan menambah anggaran Rp 5 miliar,” kata Ketua DPRD Kalteng, Drs. Bima S. Santoso. ',
	'Ia berjanji akan memperbaiki jalan. ', '<p>', '</div>', '&nbsp;', '“', '”', '"', '(', ')', 'Rp', '1.400.000', ',', '.', '\n',
	'Rabu (16/4/2025) ', 'akan ', 'yang ', 'Komisi II ', 'Bupati ', 'Pemprov ', 'Kapolda ', 'S. ', 'H. ', '...', '?', '!',
	'The House will fund it. ', 'he said. ', 'pihaknya ', 'keduanya ', 'tidak akan ', 'jika ', 'Lapas Kelas IIA ', '  ', '\t'
];

function randomText(next: () => number, size: number): string {
	const out: string[] = [];
	let len = 0;
	while (len < size) {
		const r = next();
		let piece: string;
		if (r < 0.6) piece = PIECES[Math.floor(next() * PIECES.length)];
		else if (r < 0.8) piece = String.fromCodePoint(Math.floor(next() * 0x2ffff));
		else piece = 'kata'.repeat(1 + Math.floor(next() * 5)) + ' ';
		out.push(piece);
		len += piece.length;
	}
	return out.join('');
}

describe('extraction fuzz', async () => {
	const gazetteer = await loadGazetteer();
	const check = (text: string) => {
		// CPU time of this process, so other jobs on a shared machine do not fail the budget.
		const c0 = process.cpuUsage();
		const x = extractStatements({ text }, { gazetteer });
		const c1 = process.cpuUsage(c0);
		const ms = (c1.user + c1.system) / 1000;
		for (const s of x.statements) expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
		for (const m of x.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
		return ms;
	};
	/** Ten times the text may cost about ten times the time, not a hundred (a quadratic step would). */
	const expectLinear = (small: number, large: number) => expect(large).toBeLessThan(30 * Math.max(small, 20));

	it('survives random mixtures of news fragments and Unicode', () => {
		const next = rng(42);
		for (let i = 0; i < 200; i++) check(randomText(next, Math.floor(next() * 5000)));
	});

	it('survives one huge paragraph without punctuation, in linear time', () => {
		expectLinear(check('kata akan yang DPRD '.repeat(2_000)), check('kata akan yang DPRD '.repeat(20_000)));
	});

	it('survives unbalanced quotes and HTML leftovers', () => {
		check('“'.repeat(5000) + '<div class="x">'.repeat(2000) + '"'.repeat(3001) + '</p>'.repeat(2000));
		check('((((((((((' .repeat(3000) + 'Rp ' + '9'.repeat(5000));
	});

	it('handles a 1 MB article in time linear in its size', () => {
		const next = rng(7);
		const text = randomText(next, 1_000_000);
		expectLinear(check(text.slice(0, 100_000)), check(text));
	});
});
