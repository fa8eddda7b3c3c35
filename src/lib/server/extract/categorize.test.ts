import { describe, expect, it } from 'vitest';
import type { Category, Lang } from '../../domain/statement';
import { categorize } from './categorize';
import { classifyCommitment } from './classify-commitment';

type Row = { input: string; lang?: Lang; expected: Category[] };

// Fictional sentences; the categories of the commitment the sentence makes, in order.
const cases: Row[] = [
	{ input: 'Dewan siap mendukung melalui fungsi pengawasan dan anggaran.', expected: ['oversight', 'budget'] },
	{ input: 'Kami siap mendorong kebijakan yang berpihak pada nelayan, termasuk melalui fungsi pengawasan dan anggaran.', expected: ['oversight', 'budget'] },
	{ input: 'Kami akan menyusun RPJMD dan membahas perubahan APBD.', expected: ['regulation', 'budget'] },
	{ input: 'Pemkab akan mengalokasikan dana untuk jalan desa.', expected: ['budget'] },
	{ input: 'DPRD akan menambah anggaran pendidikan.', expected: ['budget'] },
	{ input: 'Dewan berkomitmen menyusun anggaran yang berpihak kepada rakyat.', expected: ['budget'] },
	{ input: 'Kami siap menganggarkan Rp 2 miliar untuk pasar.', expected: ['budget'] },
	{ input: 'Pemprov akan mengucurkan hibah bagi koperasi.', expected: ['budget'] },
	{ input: 'Anggaran perbaikan gedung akan dicairkan bertahap.', expected: ['budget'] },
	{ input: 'Rencananya dewan akan menggelar paripurna penetapan APBD 2026.', expected: ['budget'] },
	{ input: 'Komisi C akan mengawal dan mengawasi proyek jalan tahun ini.', expected: ['oversight'] },
	{ input: 'DPRD menegaskan komitmen dalam mengawasi pelaksanaan program agar tepat sasaran.', expected: ['oversight'] },
	{ input: 'Kami akan memantau distribusi pupuk bersubsidi.', expected: ['oversight'] },
	{ input: 'Dewan akan memanggil kepala dinas yang mangkir.', expected: ['oversight'] },
	{ input: 'Pengawasan, kata Sinta, akan dilakukan sejak tahap lelang.', expected: ['oversight'] },
	{ input: 'Fungsi pengawasan akan dijalankan secara maksimal.', expected: ['oversight'] },
	{ input: 'Kami akan awasi ketat pembangunan pasar itu.', expected: ['oversight'] },
	{ input: 'DPRD akan mengevaluasi kinerja BUMD.', expected: ['oversight'] },
	{ input: 'Dewan siap menggulirkan hak angket.', expected: ['oversight'] },
	{ input: 'Kami akan monitor dalam beberapa hari ke depan.', expected: ['oversight'] },
	{ input: 'Bapemperda bertekad mengesahkan tiga raperda sebelum Agustus.', expected: ['regulation'] },
	{ input: 'DPRD menargetkan perda perlindungan petani rampung.', expected: ['regulation'] },
	{ input: 'Kami akan merevisi peraturan daerah tentang retribusi.', expected: ['regulation'] },
	{ input: 'Dewan berkomitmen mengesahkannya sebelum masa jabatan berakhir.', expected: ['regulation'] },
	{ input: 'Pemkot akan menyusun kebijakan baru soal parkir.', expected: ['regulation'] },
	{ input: 'DPRD siap membahas rancangan qanun tentang zakat.', expected: ['regulation'] },
	{ input: 'Kami akan menerbitkan perbup tentang tata ruang.', expected: ['regulation'] },
	{ input: 'Pemprov siap mendukung program makan bergizi gratis.', expected: ['program'] },
	{ input: 'DPRD mendukung penuh program-program yang tertuang dalam APBD 2026.', expected: ['program'] },
	{ input: 'Lapas berkomitmen untuk terus berperan aktif dalam pengembangan masyarakat.', expected: ['program'] },
	{ input: 'Kami akan kuatkan pertanian, pendidikan, dan kesehatan.', expected: ['program'] },
	{ input: 'Bupati berjanji akan mewujudkan janji-janji kampanye.', expected: ['program'] },
	{ input: 'Bupati berjanji akan melakukan perubahan sesuai visi misi.', expected: ['program'] },
	{ input: 'Pemkab juga akan memprioritaskan penanganan pengungsi banjir.', expected: ['program'] },
	{ input: 'Perbaikan kawasan tepi sungai akan dilanjutkan tahun depan.', expected: ['program'] },
	{ input: 'Lapas berencana memperluas jangkauan program sosial.', expected: ['program'] },
	{ input: 'Polres siap menyukseskan kegiatan vaksinasi massal.', expected: ['program'] },
	{ input: 'Dinas akan membangun dua sekolah baru.', expected: ['program'] },
	{ input: 'Pemkab siap memperluas layanan air bersih.', expected: ['program'] },
	{ input: 'Bupati berjanji akan melakukan penataan di bidang birokrasi.', expected: ['other'] },
	{ input: 'Pemkot akan melakukan komunikasi dengan pemerintah pusat sehingga anggaran dapat dialokasikan.', expected: ['other'] },
	{ input: 'Tes urin akan diterapkan kepada seluruh personel.', expected: ['other'] },
	{ input: 'Kami akan meningkatkan kualitas lembaga ini.', expected: ['other'] },
	{ input: 'Dinas akan memperkuat koordinasi antarinstansi.', expected: ['other'] },
	{ input: 'Kami akan dorong itu.', expected: [] },
	{ input: 'Dewan akan hadir besok pagi.', expected: [] },
	{ input: 'The council will fund two new clinics.', lang: 'en', expected: ['budget'] },
	{ input: 'The regency is committed to allocating funds for roads.', lang: 'en', expected: ['budget'] },
	{ input: 'The House will oversee the program closely.', lang: 'en', expected: ['oversight'] },
	{ input: 'The office continues to oversee the meal programs in the regions.', lang: 'en', expected: ['oversight'] },
	{ input: 'The House will continuously question the government until it acts.', lang: 'en', expected: ['oversight'] },
	{ input: 'We will monitor the rollout for several days.', lang: 'en', expected: ['oversight'] },
	{ input: 'We will encourage legislators to use their initiative rights.', lang: 'en', expected: ['regulation'] },
	{ input: 'The council pledged to pass the zoning bill this year.', lang: 'en', expected: ['regulation'] },
	{ input: 'The speaker said the House would review the backlog of bills.', lang: 'en', expected: ['regulation'] },
	{ input: 'The government is committed to adding 40 school kitchens.', lang: 'en', expected: ['program'] },
	{ input: 'The governor pledged to support the vaccination program.', lang: 'en', expected: ['program'] },
	{ input: 'The agency will expand the clean water scheme.', lang: 'en', expected: ['program'] },
	{ input: 'He pledged that he would improve the quality of the council.', lang: 'en', expected: ['other'] },
	{ input: 'The police will reform personnel rotation.', lang: 'en', expected: ['other'] },
	{ input: 'The mayor will speak tomorrow.', lang: 'en', expected: [] },
	{ input: 'Kami akan mendukung program beasiswa dan menambah anggaran sekolah.', expected: ['program', 'budget'] }
];

describe('categorize', () => {
	it.each(cases)('$input', ({ input, lang, expected }) => {
		const c = classifyCommitment(input, lang ?? 'id');
		expect(c.kind).toBe('pledge');
		expect(categorize(input, c.cueStart, lang ?? 'id').categories).toEqual(expected);
	});
});
