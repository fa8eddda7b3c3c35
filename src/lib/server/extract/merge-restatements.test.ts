import { describe, expect, it } from 'vitest';
import type { Category, Strength } from '../../domain/statement';
import { mergeRestatements, type Candidate } from './merge-restatements';

const names = new Set(['dprd', 'kotim', 'bupati', 'garut']);
const c = (sentence: number, text: string, o: { category?: Category; strength?: Strength; actor?: string; amount?: number; inQuote?: boolean; laterInQuote?: boolean } = {}): Candidate => ({
	sentence,
	actor: o.actor ?? 'DPRD Kabupaten Kotawaringin Timur',
	category: o.category ?? 'oversight',
	strength: o.strength ?? 'firm',
	kind: 'pledge',
	text,
	nameWords: names,
	inQuote: o.inQuote ?? false,
	laterInQuote: o.laterInQuote ?? false,
	amount: o.amount ?? null,
	confidence: 0.7
});

// Fictional restatements; each row gives the expected grouping of candidate indices.
const cases: { name: string; input: Candidate[]; expected: number[][] }[] = [
	{ name: 'headline and lead', input: [c(0, 'DPRD Kotim Akan Awasi Proyek Pasar Baru'), c(2, 'DPRD Kotim menegaskan akan mengawasi proyek pasar baru tahun ini.')], expected: [[0, 1]] },
	{ name: 'adjacent quote', input: [c(3, 'Dewan akan memantau pembangunan jembatan.'), c(4, 'Kita akan monitor selama sebulan ke depan', { inQuote: true })], expected: [[0, 1]] },
	{ name: 'generic restatement', input: [c(1, 'DPRD akan mengawasi proyek irigasi desa.'), c(6, 'Makanya kami akan pantau terus')], expected: [[0, 1]] },
	{ name: 'same amount', input: [c(0, 'Pemkab mengalokasikan Rp 2 miliar untuk pasar.', { category: 'budget', amount: 2e9 }), c(9, 'Menganggarkan Rp 2 miliar adalah prioritas kami.', { category: 'budget', amount: 2e9 })], expected: [[0, 1]] },
	{ name: 'different categories stay apart', input: [c(1, 'DPRD akan mengawasi proyek.'), c(2, 'DPRD akan menambah anggaran proyek.', { category: 'budget' })], expected: [[0], [1]] },
	{ name: 'different actors stay apart', input: [c(1, 'Keduanya berkomitmen menyusun anggaran.', { category: 'budget' }), c(1, 'Keduanya berkomitmen menyusun anggaran.', { category: 'budget', actor: 'Pemerintah Kabupaten Kotawaringin Timur' })], expected: [[0], [1]] },
	{ name: 'conditional is a different pledge', input: [c(1, 'DPR akan memantau harga minyak.'), c(2, 'DPR akan memanggil menteri jika mangkir.', { strength: 'conditional' })], expected: [[0], [1]] },
	{ name: 'distant distinct pledges', input: [c(1, 'DPR akan meninjau kembali jadwal rapat dengan menteri soal harga beras.'), c(6, 'DPR akan mengawasi penyaluran subsidi pupuk ke petani.')], expected: [[0], [1]] },
	{ name: 'new item marker', input: [c(1, 'Bupati berjanji mewujudkan janji kampanye.', { category: 'program' }), c(2, 'Selain itu, juga akan memprioritaskan pengungsi.', { category: 'program' })], expected: [[0], [1]] },
	{ name: 'second item in a quote', input: [c(1, 'Ia berjanji melakukan perubahan sesuai visi misi.', { category: 'program' }), c(3, 'Kami akan kuatkan pertanian dan kesehatan', { category: 'program', inQuote: true, laterInQuote: true })], expected: [[0], [1]] },
	{ name: 'firm then hedged nearby', input: [c(4, 'Lapas berkomitmen aktif dalam pengembangan masyarakat.', { category: 'program' }), c(5, 'Lapas berencana memperluas program sosial ke sekolah.', { category: 'program', strength: 'hedged' })], expected: [[0], [1]] },
	{ name: 'repeated paragraph', input: [c(1, 'Pemkot akan menata tepi sungai.', { category: 'program' }), c(12, 'Pemkot akan menata tepi sungai.', { category: 'program' })], expected: [[0, 1]] }
];

describe('mergeRestatements', () => {
	it.each(cases)('$name', ({ input, expected }) => {
		expect(mergeRestatements(input)).toEqual(expected);
	});
});
