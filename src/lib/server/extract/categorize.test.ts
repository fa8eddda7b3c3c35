import { describe, expect, it } from 'vitest';
import type { Category, Lang } from '../../domain/statement';
import { categorize } from './categorize';
import { classifyCommitment } from './classify-commitment';

type Row = { input: string; lang?: Lang; kind?: 'pledge' | 'request'; expected: Category[] };

// Fictional sentences; the categories of the commitment the sentence makes, in order.
const cases: Row[] = [
	{ input: 'Dewan siap membantu lewat fungsi pengawasan dan fungsi anggaran.', expected: ['oversight', 'budget'] },
	// "agar" right after a request cue opens what is requested; later it starts a purpose clause.
	{ input: 'Bupati meminta agar dewan mempercepat pembahasan raperda pasar rakyat.', kind: 'request', expected: ['regulation'] },
	{ input: 'Dinas meminta supaya DPRD menambah anggaran obat.', kind: 'request', expected: ['budget'] },
	{ input: 'Anggota dewan mendorong pemprov agar segera melelang proyek jembatan.', kind: 'request', expected: ['program'] },
	{ input: 'Kami siap mendorong percepatan proyek jembatan.', expected: ['program'] },
	{ input: 'Kami siap mendorong kebijakan yang berpihak pada nelayan, antara lain lewat pengawasan serta alokasi dana.', expected: ['oversight', 'budget'] },
	{ input: 'Kami akan menyusun RPJMD dan membahas perubahan APBD.', expected: ['regulation', 'budget'] },
	{ input: 'Pemkab akan mengalokasikan dana untuk jalan desa.', expected: ['budget'] },
	{ input: 'DPRD akan menambah anggaran pendidikan.', expected: ['budget'] },
	{ input: 'Dewan berkomitmen menambah anggaran layanan kesehatan ibu.', expected: ['budget'] },
	{ input: 'Kami siap menganggarkan Rp 2 miliar untuk pasar.', expected: ['budget'] },
	{ input: 'Pemprov akan mengucurkan hibah bagi koperasi.', expected: ['budget'] },
	{ input: 'Anggaran perbaikan gedung akan dicairkan bertahap.', expected: ['budget'] },
	// Money as the subject of what a programme gets is a funding commitment.
	{ input: 'Alokasi tambahan itu akan dipakai untuk perbaikan jalan desa.', expected: ['budget'] },
	{ input: 'APBD tahun depan akan kami gunakan untuk membangun pasar.', expected: ['budget'] },
	{ input: 'The allocation will be used to upgrade village roads.', lang: 'en', expected: ['budget'] },
	{ input: 'Pemkab akan memulai perbaikan jalan desa.', expected: ['program'] },
	{ input: 'Rencananya dewan akan mengesahkan APBD perubahan pekan depan.', expected: ['budget'] },
	{ input: 'Komisi C akan mengawal dan mengawasi proyek jalan tahun ini.', expected: ['oversight'] },
	{ input: 'Dewan menegaskan komitmen dalam mengawasi bantuan bibit agar sampai ke petani.', expected: ['oversight'] },
	{ input: 'Kami akan memantau distribusi pupuk bersubsidi.', expected: ['oversight'] },
	{ input: 'Dewan akan memanggil kepala dinas yang mangkir.', expected: ['oversight'] },
	{ input: 'Pengawasan, kata Sinta, akan dilakukan sejak tahap lelang.', expected: ['oversight'] },
	{ input: 'Pengawasan lapangan akan digelar tiap pekan.', expected: ['oversight'] },
	{ input: 'Kami akan awasi ketat pembangunan pasar itu.', expected: ['oversight'] },
	{ input: 'DPRD akan mengevaluasi kinerja BUMD.', expected: ['oversight'] },
	{ input: 'Dewan siap menggulirkan hak angket.', expected: ['oversight'] },
	{ input: 'Kami akan monitor harga cabai sepanjang bulan puasa.', expected: ['oversight'] },
	{ input: 'Bapemperda bertekad mengesahkan raperda pasar tradisional bulan Oktober.', expected: ['regulation'] },
	{ input: 'DPRD menargetkan perda perlindungan petani rampung.', expected: ['regulation'] },
	{ input: 'Kami akan merevisi peraturan daerah tentang retribusi.', expected: ['regulation'] },
	{ input: 'Dewan berkomitmen mengesahkannya sebelum reses dimulai.', expected: ['regulation'] },
	{ input: 'Pemkot akan menyusun kebijakan baru soal parkir.', expected: ['regulation'] },
	{ input: 'DPRD siap membahas rancangan qanun tentang zakat.', expected: ['regulation'] },
	{ input: 'Kami akan menerbitkan perbup tentang tata ruang.', expected: ['regulation'] },
	{ input: 'Pemprov siap mendukung program makan bergizi gratis.', expected: ['program'] },
	{ input: 'Dewan mendukung penuh program-program bupati yang dibiayai dari APBD perubahan.', expected: ['program'] },
	{ input: 'Rutan berkomitmen untuk ikut serta dalam pemberdayaan warga sekitar.', expected: ['program'] },
	{ input: 'Kami akan perkuat layanan pendidikan, kesehatan, dan pertanian organik.', expected: ['program'] },
	{ input: 'Wali kota berjanji akan menuntaskan janji kampanye soal air bersih.', expected: ['program'] },
	{ input: 'Gubernur berjanji bekerja sesuai visi misi yang diusung saat pilkada.', expected: ['program'] },
	{ input: 'Pemkab juga akan memprioritaskan penanganan korban longsor.', expected: ['program'] },
	{ input: 'Perbaikan trotoar pusat kota akan diteruskan tahun depan.', expected: ['program'] },
	{ input: 'Rutan berencana menambah kegiatan keterampilan bagi penghuni.', expected: ['program'] },
	{ input: 'Polres siap menyukseskan kegiatan vaksinasi massal.', expected: ['program'] },
	{ input: 'Dinas akan membangun dua sekolah baru.', expected: ['program'] },
	{ input: 'Pemkab siap memperluas layanan air bersih.', expected: ['program'] },
	{ input: 'Bupati berjanji akan merampingkan birokrasi di tingkat kecamatan.', expected: ['other'] },
	{ input: 'Pemkot akan menjalin komunikasi intensif dengan provinsi supaya dana hibah turun.', expected: ['other'] },
	{ input: 'Pemeriksaan disiplin akan digelar bagi semua pegawai.', expected: ['other'] },
	{ input: 'Kami akan meningkatkan kualitas lembaga ini.', expected: ['other'] },
	{ input: 'Dinas akan memperkuat koordinasi antarinstansi.', expected: ['other'] },
	{ input: 'Kami akan dorong itu.', expected: [] },
	{ input: 'Dewan akan hadir besok pagi.', expected: [] },
	{ input: 'The council will fund two new clinics.', lang: 'en', expected: ['budget'] },
	{ input: 'The regency is committed to allocating funds for roads.', lang: 'en', expected: ['budget'] },
	{ input: 'The House will oversee the program closely.', lang: 'en', expected: ['oversight'] },
	{ input: 'The agency continues to oversee school meal deliveries across districts.', lang: 'en', expected: ['oversight'] },
	{ input: 'The council will keep questioning the regent about the delay.', lang: 'en', expected: ['oversight'] },
	{ input: 'We will monitor the rollout for several days.', lang: 'en', expected: ['oversight'] },
	{ input: 'We will push members to draft more regional bills.', lang: 'en', expected: ['regulation'] },
	{ input: 'The council pledged to pass the zoning bill this year.', lang: 'en', expected: ['regulation'] },
	{ input: 'The speaker said the House would review the backlog of bills.', lang: 'en', expected: ['regulation'] },
	{ input: 'The regency is committed to opening five village clinics.', lang: 'en', expected: ['program'] },
	{ input: 'The governor pledged to support the vaccination program.', lang: 'en', expected: ['program'] },
	{ input: 'The agency will expand the clean water scheme.', lang: 'en', expected: ['program'] },
	{ input: 'She pledged that she would raise the quality of public hearings.', lang: 'en', expected: ['other'] },
	{ input: 'The police will reform personnel rotation.', lang: 'en', expected: ['other'] },
	{ input: 'The mayor will speak tomorrow.', lang: 'en', expected: [] },
	// Beside a specific kind, `program` names what it is for: one pledge, not two.
	{ input: 'Kami akan mendukung program beasiswa dan menambah anggaran sekolah.', expected: ['budget'] },
	{ input: 'Pemkab akan menyiapkan Rp 3 miliar untuk perbaikan jalan, jembatan, dan drainase.', expected: ['budget'] },
	{ input: 'Dewan akan mengawasi pembangunan pasar dan jembatan.', expected: ['oversight'] },
	{ input: 'RM4 million will be allocated to build two bridges.', lang: 'en', expected: ['budget'] },
	{ input: 'Dewan siap membantu lewat fungsi pengawasan, anggaran dan program.', expected: ['oversight', 'budget', 'program'] }
];

describe('categorize', () => {
	it.each(cases)('$input', ({ input, lang, kind, expected }) => {
		const c = classifyCommitment(input, lang ?? 'id');
		expect(c.kind).toBe(kind ?? 'pledge');
		expect(categorize(input, c.cueStart, lang ?? 'id', c.kind === 'request' ? 'request' : 'pledge').categories).toEqual(expected);
	});
});
