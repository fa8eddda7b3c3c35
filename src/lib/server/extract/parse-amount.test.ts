import { describe, expect, it } from 'vitest';
import type { AmountQualifier, Lang } from '../../domain/statement';
import { parseAmounts, parseNumber } from './parse-amount';

type Row = { input: string; lang?: Lang; expected: [number, AmountQualifier][] };

// Fictional sentences; each row lists the amounts found, in order.
const cases: Row[] = [
	{ input: 'Dinas menyiapkan Rp 1,4 triliun.', expected: [[1.4e12, 'exact']] },
	{ input: 'Anggaran Rp60 miliar untuk jalan.', expected: [[60e9, 'exact']] },
	{ input: 'Totalnya Rp 9,2 triliun lebih.', expected: [[9.2e12, 'more_than']] },
	{ input: 'Bantuan Rp 500 juta bagi desa.', expected: [[500e6, 'exact']] },
	{ input: 'The city set aside 2.5 billion rupiah.', lang: 'en', expected: [[2.5e9, 'exact']] },
	{ input: 'Dana sebesar Rp2,7 miliar dialokasikan.', expected: [[2.7e9, 'exact']] },
	{ input: 'Usulan senilai 35 milyar rupiah ditolak.', expected: [[35e9, 'exact']] },
	{ input: 'Anggaran 12 milyar untuk pasar.', expected: [[12e9, 'exact']] },
	{ input: 'Pendapatan Rp 12.345.678.901 tercatat.', expected: [[12345678901, 'exact']] },
	{ input: 'Belanja Rp 750.000 per orang.', expected: [[750000, 'exact']] },
	{ input: 'Sekitar Rp 3 miliar disiapkan.', expected: [[3e9, 'about']] },
	{ input: 'Kurang lebih Rp 40 juta terkumpul.', expected: [[40e6, 'about']] },
	{ input: 'Hampir Rp 1 triliun terserap.', expected: [[1e12, 'about']] },
	{ input: 'Lebih dari Rp 200 juta hilang.', expected: [[200e6, 'more_than']] },
	{ input: 'Hingga Rp 5 miliar bisa dicairkan.', expected: [[5e9, 'up_to']] },
	{ input: 'Maksimal Rp 25 juta per kelompok.', expected: [[25e6, 'up_to']] },
	{ input: 'Sampai Rp 10 miliar tahun ini.', expected: [[10e9, 'up_to']] },
	{ input: 'About Rp 4 billion was spent.', lang: 'en', expected: [[4e9, 'about']] },
	{ input: 'More than Rp 1.2 trillion is planned.', lang: 'en', expected: [[1.2e12, 'more_than']] },
	{ input: 'Up to Rp 300 million per village.', lang: 'en', expected: [[300e6, 'up_to']] },
	{ input: 'The fund holds IDR 7 billion.', lang: 'en', expected: [[7e9, 'exact']] },
	{ input: 'Nearly 3.75 trillion rupiah was lost.', lang: 'en', expected: [[3.75e12, 'about']] },
	{ input: 'Rp 15 M disiapkan untuk sekolah.', expected: [[15e9, 'exact']] },
	{ input: 'Rp 2 T untuk pelabuhan.', expected: [[2e12, 'exact']] },
	{ input: 'Rp. 800 juta dari kas daerah.', expected: [[800e6, 'exact']] },
	{ input: 'Rp 1,25 miliar dan Rp 300 juta.', expected: [[1.25e9, 'exact'], [300e6, 'exact']] },
	{ input: 'Desa menerima Rp 50 ribu per warga.', expected: [[50e3, 'exact']] },
	{ input: 'Ada 12 juta penduduk di sana.', expected: [] },
	{ input: 'Sebanyak 35 milyar butir telur.', expected: [] },
	{ input: 'Jalan sepanjang 300 meter diperbaiki.', expected: [] },
	{ input: 'Pada 2025 anggaran naik.', expected: [] },
	{ input: 'Tidak ada angka di sini.', expected: [] },
	{ input: 'Rp 0 tidak dihitung.', expected: [] },
	{ input: 'Dana mencapai 4,5 triliun.', expected: [[4.5e12, 'exact']] },
	{ input: 'Biaya 90 juta untuk pelatihan.', expected: [[90e6, 'exact']] },
	{ input: 'Hibah sebesar 1,5 miliar disalurkan.', expected: [[1.5e9, 'exact']] },
	{ input: 'Rp 6,3 triliun lebih untuk pendidikan.', expected: [[6.3e12, 'more_than']] },
	{ input: 'Setidaknya Rp 100 juta diperlukan.', expected: [[100e6, 'more_than']] },
	{ input: 'Paling banyak Rp 2 juta per bulan.', expected: [[2e6, 'up_to']] },
	{ input: 'Kira-kira Rp 70 miliar.', expected: [[70e9, 'about']] },
	{ input: 'Rp1.500.000 per paket.', expected: [[1500000, 'exact']] },
	{ input: 'Rp 1.500 per lembar.', expected: [[1500, 'exact']] },
	{ input: 'A budget of Rp 120 million.', lang: 'en', expected: [[120e6, 'exact']] },
	{ input: 'Worth 60 billion rupiah in total.', lang: 'en', expected: [[60e9, 'exact']] },
	{ input: 'The grant, 5 million rupiah, arrived.', lang: 'en', expected: [[5e6, 'exact']] },
	{ input: 'Funding of 800 million is pending.', lang: 'en', expected: [[800e6, 'exact']] },
	{ input: 'Some 45 billion rupiah went unspent.', lang: 'en', expected: [[45e9, 'about']] },
	{ input: 'There are 2 million voters.', lang: 'en', expected: [] },
	{ input: 'Rp 3,5 juta per bulan untuk honorer.', expected: [[3.5e6, 'exact']] },
	{ input: 'Pagu Rp 8 triliun ditetapkan.', expected: [[8e12, 'exact']] },
	{ input: 'Defisit Rp 481.220.900.100 ditutup.', expected: [[481220900100, 'exact']] },
	{ input: 'Rp 2 miliar, Rp 3 miliar, dan Rp 4 miliar.', expected: [[2e9, 'exact'], [3e9, 'exact'], [4e9, 'exact']] },
	{ input: 'Dana desa Rp 1 miliar lebih sedikit.', expected: [[1e9, 'more_than']] },
	{ input: 'Di atas Rp 500 juta wajib lelang.', expected: [[500e6, 'more_than']] },
	{ input: 'Anggaran Rp 9 trilyun diajukan.', expected: [[9e12, 'exact']] },
	{ input: 'Sebesar Rp 250 jt untuk posyandu.', expected: [[250e6, 'exact']] },
	{ input: 'Rp 10 rb per kilo.', expected: [[10e3, 'exact']] },
	{ input: 'Alokasi 7,25 miliar untuk irigasi.', expected: [[7.25e9, 'exact']] },
	{ input: 'Total Rp 1.250.000.000,50 dibayar.', expected: [[1250000001, 'exact']] },
	{ input: 'Rp 99 miliar.', expected: [[99e9, 'exact']] },
	{ input: 'Sebesar Rp 4,75 miliar dianggarkan ulang.', expected: [[4.75e9, 'exact']] }
];

describe('parseAmounts', () => {
	it.each(cases)('$input', ({ input, lang, expected }) => {
		const got = parseAmounts(input, lang ?? 'id');
		expect(got.map((a) => [a.value, a.qualifier])).toEqual(expected);
		for (const a of got) expect(input.slice(a.span.start, a.span.end)).toBe(a.span.text);
	});

	it('shifts offsets into the body', () => {
		const [a] = parseAmounts('Dana Rp 5 juta.', 'id', 100);
		expect([a.span.start, a.span.end]).toEqual([105, 114]);
	});
});

describe('parseNumber', () => {
	it.each([
		['1,4', 'id', 1.4],
		['1.400', 'id', 1400],
		['2.5', 'en', 2.5],
		['1,400', 'en', 1400],
		['11.017.741', 'id', 11017741],
		['1.250.000,50', 'id', 1250000.5],
		['1,250,000.50', 'en', 1250000.5],
		['42', 'id', 42]
	] as const)('%s (%s) → %d', (raw, lang, value) => {
		expect(parseNumber(raw, lang)).toBe(value);
	});
});
