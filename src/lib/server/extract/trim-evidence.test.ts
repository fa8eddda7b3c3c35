import { describe, expect, it } from 'vitest';
import { trimEvidence } from './trim-evidence';

// Fictional sentences; `expected` is the quotable evidence cut from the whole line.
const cases: { input: string; expected: string }[] = [
	{ input: '“Kami siap mengawal anggaran pendidikan,” kata Ketua DPRD Kotim, Rudi Hartono.', expected: 'Kami siap mengawal anggaran pendidikan' },
	{ input: '"Kami akan membangun dua puskesmas," ujarnya.', expected: 'Kami akan membangun dua puskesmas' },
	{ input: '“The council will fund the clinic,” she said.', expected: 'The council will fund the clinic' },
	{ input: 'Dewan berjanji akan menambah anggaran sekolah tahun depan.', expected: 'Dewan berjanji akan menambah anggaran sekolah tahun depan.' },
	// Datelines say where a story was filed; a quote starts after them.
	{ input: 'SEMARANG, Warta Rekaan – Ketua DPRD Jateng menyatakan siap mendukung program pembinaan.', expected: 'Ketua DPRD Jateng menyatakan siap mendukung program pembinaan.' },
	{ input: 'Sampit – Bupati Kotim berjanji akan memperbaiki jalan kabupaten yang rusak tahun ini.', expected: 'Bupati Kotim berjanji akan memperbaiki jalan kabupaten yang rusak tahun ini.' },
	{ input: 'Palangka Raya, kabarrekaan.test – Pemprov akan menganggarkan dana untuk perbaikan jembatan.', expected: 'Pemprov akan menganggarkan dana untuk perbaikan jembatan.' },
	{ input: 'JAKARTA — The ministry pledged to disburse the regional incentive funds this year.', expected: 'The ministry pledged to disburse the regional incentive funds this year.' },
	// A dash inside a sentence is not a dateline.
	{ input: 'Dana itu – kata Bupati – akan dicairkan bulan depan untuk perbaikan pasar.', expected: 'Dana itu – kata Bupati – akan dicairkan bulan depan untuk perbaikan pasar.' }
];

describe('trimEvidence', () => {
	it.each(cases)('$input', ({ input, expected }) => {
		const span = trimEvidence(input, 0, input.length);
		expect(span.text).toBe(expected);
		expect(input.slice(span.start, span.end)).toBe(span.text);
	});
});
