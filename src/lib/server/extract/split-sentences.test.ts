import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

// Fictional sentences; each row is { input, expected sentence texts }.
const cases: { input: string; expected: string[] }[] = [
	{ input: 'Dewan rapat. Warga hadir.', expected: ['Dewan rapat.', 'Warga hadir.'] },
	{ input: 'Ketua DPRD, Drs. Bima Santoso, hadir. Ia tersenyum.', expected: ['Ketua DPRD, Drs. Bima Santoso, hadir.', 'Ia tersenyum.'] },
	{ input: 'Kepala dinas, Ir. Rina Wati, M.Si., berbicara. Rapat usai.', expected: ['Kepala dinas, Ir. Rina Wati, M.Si., berbicara.', 'Rapat usai.'] },
	{ input: 'Camat Joko Susilo, S.H. hadir di sana. Warga senang.', expected: ['Camat Joko Susilo, S.H. hadir di sana.', 'Warga senang.'] },
	{ input: 'Anggarannya Rp. 5 miliar. Itu besar.', expected: ['Anggarannya Rp. 5 miliar.', 'Itu besar.'] },
	{ input: 'Perda No. 7 Tahun 2024 disahkan. Semua setuju.', expected: ['Perda No. 7 Tahun 2024 disahkan.', 'Semua setuju.'] },
	{ input: 'Bupati H. Darto Wijaya datang. Ia disambut.', expected: ['Bupati H. Darto Wijaya datang.', 'Ia disambut.'] },
	{ input: 'Hj. Sumi Lestari menjawab. Semua diam.', expected: ['Hj. Sumi Lestari menjawab.', 'Semua diam.'] },
	{ input: 'Prof. Dr. Andi Kusuma memberi kuliah. Mahasiswa mencatat.', expected: ['Prof. Dr. Andi Kusuma memberi kuliah.', 'Mahasiswa mencatat.'] },
	{ input: 'Nama lengkapnya Bima S. Santoso. Ia ketua.', expected: ['Nama lengkapnya Bima S. Santoso.', 'Ia ketua.'] },
	{ input: 'Rapat digelar Rabu (16/4/2025). Hasilnya baik.', expected: ['Rapat digelar Rabu (16/4/2025).', 'Hasilnya baik.'] },
	{ input: 'Acara pukul 09.30 WIB dimulai. Tamu datang.', expected: ['Acara pukul 09.30 WIB dimulai.', 'Tamu datang.'] },
	{ input: 'Nilainya Rp 1.400.000.000 untuk desa. Desa senang.', expected: ['Nilainya Rp 1.400.000.000 untuk desa.', 'Desa senang.'] },
	{ input: 'Dana Rp 2,5 miliar cair. Sekolah dibangun.', expected: ['Dana Rp 2,5 miliar cair.', 'Sekolah dibangun.'] },
	{ input: '“Kami siap membantu,” kata Rudi. Warga bertepuk tangan.', expected: ['“Kami siap membantu,” kata Rudi.', 'Warga bertepuk tangan.'] },
	{ input: '“Kami siap. Kami akan hadir,” ujar Rudi.', expected: ['“Kami siap.', 'Kami akan hadir,” ujar Rudi.'] },
	{ input: 'Ia berkata tegas.“Kami akan awasi,” katanya.', expected: ['Ia berkata tegas.', '“Kami akan awasi,” katanya.'] },
	{ input: 'Apakah dana cukup? Belum tentu.', expected: ['Apakah dana cukup?', 'Belum tentu.'] },
	{ input: 'Luar biasa! Semua hadir.', expected: ['Luar biasa!', 'Semua hadir.'] },
	{ input: 'Paragraf satu\nParagraf dua', expected: ['Paragraf satu', 'Paragraf dua'] },
	{ input: 'Judul Berita\n\nIsi berita dimulai. Lalu lanjut.', expected: ['Judul Berita', 'Isi berita dimulai.', 'Lalu lanjut.'] },
	{ input: 'Kalimat tanpa titik', expected: ['Kalimat tanpa titik'] },
	{ input: '', expected: [] },
	{ input: '   \n  \n ', expected: [] },
	{ input: 'Dia tiba di Jl. Merdeka. Lalu pulang.', expected: ['Dia tiba di Jl. Merdeka.', 'Lalu pulang.'] },
	{ input: 'Warga Kab. Sukamaju hadir. Acara meriah.', expected: ['Warga Kab. Sukamaju hadir.', 'Acara meriah.'] },
	{ input: 'Kec. Sukajaya terdampak. Bantuan tiba.', expected: ['Kec. Sukajaya terdampak.', 'Bantuan tiba.'] },
	{ input: 'PT. Sinar Jaya ikut. Perusahaan lain menyusul.', expected: ['PT. Sinar Jaya ikut.', 'Perusahaan lain menyusul.'] },
	{ input: 'Mereka membeli buku, pena, dll. Semua untuk sekolah.', expected: ['Mereka membeli buku, pena, dll.', 'Semua untuk sekolah.'] },
	{ input: 'Irjen Pol. Ardi Nugraha memimpin. Polisi siaga.', expected: ['Irjen Pol. Ardi Nugraha memimpin.', 'Polisi siaga.'] },
	{ input: 'The House met today. Members voted.', expected: ['The House met today.', 'Members voted.'] },
	{ input: 'Mr. Jones spoke first. Then Ms. Park replied.', expected: ['Mr. Jones spoke first.', 'Then Ms. Park replied.'] },
	{ input: 'Dr. Lee arrived. The meeting began.', expected: ['Dr. Lee arrived.', 'The meeting began.'] },
	{ input: '"We will help," he said. The crowd cheered.', expected: ['"We will help," he said.', 'The crowd cheered.'] },
	{ input: 'It costs 2.5 billion rupiah. That is a lot.', expected: ['It costs 2.5 billion rupiah.', 'That is a lot.'] },
	{ input: 'Lt. Gen. Harun Salim (ret.) attended. He spoke.', expected: ['Lt. Gen. Harun Salim (ret.) attended.', 'He spoke.'] },
	{ input: 'Pada 20 Mei 2025 rapat digelar. Semua hadir.', expected: ['Pada 20 Mei 2025 rapat digelar.', 'Semua hadir.'] },
	{ input: 'Sidang ditunda (Red). Besok lanjut.', expected: ['Sidang ditunda (Red).', 'Besok lanjut.'] },
	{ input: 'Ia pergi... Lalu kembali.', expected: ['Ia pergi...', 'Lalu kembali.'] },
	{ input: 'Ia pergi… Lalu kembali.', expected: ['Ia pergi…', 'Lalu kembali.'] },
	{ input: 'Target 2025. Tahun depan lagi.', expected: ['Target 2025.', 'Tahun depan lagi.'] },
	{ input: 'Jumlahnya 12. 30 orang lain absen.', expected: ['Jumlahnya 12.', '30 orang lain absen.'] },
	{ input: 'Ia menyebut angka 3.5 persen. naik tipis.', expected: ['Ia menyebut angka 3.5 persen. naik tipis.'] },
	{ input: 'Kata (dia). Benar.', expected: ['Kata (dia).', 'Benar.'] },
	{ input: 'Dia bilang "oke." Lalu pergi.', expected: ['Dia bilang "oke."', 'Lalu pergi.'] },
	{ input: 'Rapat selesai.  Dua spasi di sini.', expected: ['Rapat selesai.', 'Dua spasi di sini.'] },
	{ input: 'Tab\tdi dalam. Baik.', expected: ['Tab\tdi dalam.', 'Baik.'] },
	{ input: 'Baris satu.\r\nBaris dua.', expected: ['Baris satu.', 'Baris dua.'] },
	{ input: 'Sdr. Tono Hadi menjawab. Hakim mencatat.', expected: ['Sdr. Tono Hadi menjawab.', 'Hakim mencatat.'] },
	{ input: 'KH. Ma’ruf Salim berdoa. Jamaah hening.', expected: ['KH. Ma’ruf Salim berdoa.', 'Jamaah hening.'] },
	{ input: 'Tgl 5 Jan. 2025 dipilih. Itu Minggu.', expected: ['Tgl 5 Jan. 2025 dipilih.', 'Itu Minggu.'] },
	{ input: 'Ia (Ketua Komisi B) hadir. Anggota lain absen.', expected: ['Ia (Ketua Komisi B) hadir.', 'Anggota lain absen.'] },
	{ input: 'Ketua A. B. Citra hadir. Sekretaris juga.', expected: ['Ketua A. B. Citra hadir.', 'Sekretaris juga.'] },
	{ input: '“Siap!” teriak mereka. Lalu bubar.', expected: ['“Siap!” teriak mereka.', 'Lalu bubar.'] },
	{ input: 'Warga bertanya: kapan? Pemerintah diam.', expected: ['Warga bertanya: kapan?', 'Pemerintah diam.'] },
	{ input: 'Situs pledge.example.id memuat data. Semua bisa akses.', expected: ['Situs pledge.example.id memuat data.', 'Semua bisa akses.'] },
	{ input: 'Versi 2.0 rilis. Pengguna senang.', expected: ['Versi 2.0 rilis.', 'Pengguna senang.'] },
	{ input: 'A.n. Kepala Dinas, Sekretaris menandatangani. Surat terkirim.', expected: ['A.n. Kepala Dinas, Sekretaris menandatangani.', 'Surat terkirim.'] },
	{ input: 'Ia lulus S.Sos. dari kampus. Lalu bekerja.', expected: ['Ia lulus S.Sos. dari kampus.', 'Lalu bekerja.'] },
	{ input: 'The U.S. delegation left. Talks ended.', expected: ['The U.S. delegation left.', 'Talks ended.'] },
	{ input: 'Anggota (Fraksi Karya). Ketua (Fraksi Bintang).', expected: ['Anggota (Fraksi Karya).', 'Ketua (Fraksi Bintang).'] },
	{ input: 'Tidak ada titik di akhir\nTapi baris baru', expected: ['Tidak ada titik di akhir', 'Tapi baris baru'] },
	{ input: '“Kutipan tanpa penutup. Masih kutipan.', expected: ['“Kutipan tanpa penutup.', 'Masih kutipan.'] }
];

describe('splitSentences', () => {
	it.each(cases)('$input', ({ input, expected }) => {
		const got = splitSentences(input);
		expect(got.map((s) => s.text)).toEqual(expected);
		for (const s of got) expect(input.slice(s.start, s.end)).toBe(s.text);
	});

	it('numbers paragraphs and sentences', () => {
		const got = splitSentences('Satu. Dua.\nTiga.');
		expect(got.map((s) => [s.index, s.paragraph])).toEqual([
			[0, 0],
			[1, 0],
			[2, 1]
		]);
	});

	it('cuts an unpunctuated run into bounded pieces', () => {
		const long = 'kata '.repeat(2000);
		const got = splitSentences(long);
		expect(got.length).toBeGreaterThan(1);
		for (const s of got) expect(s.text.length).toBeLessThanOrEqual(1500);
	});
});
