import { describe, expect, it } from 'vitest';
import type { Lang, Strength } from '../../domain/statement';
import { classifyCommitment, type CommitmentKind } from './classify-commitment';

type Row = { input: string; lang?: Lang; expected: [CommitmentKind, Strength?] };

// Fictional sentences; each row gives the kind and, for pledges, the strength.
const cases: Row[] = [
	{ input: 'DPRD Kotim siap mendukung program rehabilitasi sekolah.', expected: ['pledge', 'firm'] },
	// "mendorong X agar" urges another body; "siap/akan mendorong" is the speaker's own push.
	{ input: 'Seorang anggota Komisi C mendorong pemkab agar segera memperbaiki drainase.', expected: ['request'] },
	{ input: 'Dewan mendorong pemerintah provinsi supaya menambah kuota beasiswa.', expected: ['request'] },
	{ input: 'Kami siap mendorong pemerintah agar memperbaiki drainase.', expected: ['pledge', 'firm'] },
	{ input: 'Program ini mendorong pertumbuhan ekonomi desa.', expected: ['none'] },
	{ input: 'Ketua Komisi B menyatakan kesiapan lembaganya untuk mengawal proyek irigasi.', expected: ['pledge', 'firm'] },
	{ input: 'Pemkab berkomitmen membangun tiga puskesmas baru.', expected: ['pledge', 'firm'] },
	{ input: 'Bupati berjanji akan memperbaiki jalan desa tahun depan.', expected: ['pledge', 'firm'] },
	{ input: 'Dewan akan mengalokasikan dana untuk beasiswa.', expected: ['pledge', 'firm'] },
	{ input: 'Kami akan mengawasi pelaksanaan proyek ini.', expected: ['pledge', 'firm'] },
	{ input: 'Fraksi bertekad mengesahkan raperda itu bulan ini.', expected: ['pledge', 'firm'] },
	{ input: 'DPRD menegaskan komitmen dalam mengawasi anggaran.', expected: ['pledge', 'firm'] },
	{ input: 'Pemprov mendukung penuh program vaksinasi.', expected: ['pledge', 'firm'] },
	{ input: 'Kami tentu mendukung program pemerintah daerah.', expected: ['pledge', 'firm'] },
	{ input: 'Pemkot mengalokasikan dana Rp 3 miliar untuk taman kota.', expected: ['pledge', 'firm'] },
	{ input: 'Kapolres menginstruksikan Polres untuk mengawal distribusi.', expected: ['pledge', 'firm'] },
	{ input: 'Saya siap mendorong kebijakan pro-nelayan melalui fungsi anggaran.', expected: ['pledge', 'firm'] },
	{ input: 'Dinas akan berupaya menambah armada sampah.', expected: ['pledge', 'hedged'] },
	{ input: 'Pemkab berencana membangun pasar baru.', expected: ['pledge', 'hedged'] },
	{ input: 'Rencananya dewan akan menggelar paripurna pekan depan.', expected: ['pledge', 'hedged'] },
	{ input: 'DPRD menargetkan dua raperda disahkan tahun ini.', expected: ['pledge', 'hedged'] },
	{ input: 'Kami akan berusaha semaksimal mungkin membantu petani.', expected: ['pledge', 'hedged'] },
	{ input: 'Dinas mengupayakan tambahan guru honorer.', expected: ['pledge', 'hedged'] },
	{ input: 'Satgas dibentuk dengan rencana pembentukan posko untuk mengawal bantuan.', expected: ['pledge', 'hedged'] },
	{ input: 'Kami akan menambah anggaran jika keuangan daerah memungkinkan.', expected: ['pledge', 'conditional'] },
	{ input: 'Dewan akan memanggil kepala dinas apabila laporan tidak masuk.', expected: ['pledge', 'conditional'] },
	{ input: 'Bantuan akan ditambah sesuai kemampuan keuangan daerah.', expected: ['pledge', 'conditional'] },
	{ input: 'Kalau dana tersedia, kami siap membangun jembatan.', expected: ['pledge', 'conditional'] },
	{ input: 'Kami berharap DPRD dapat memberikan dukungan anggaran.', expected: ['request'] },
	{ input: 'Ia menyampaikan harapan agar dewan mendukung program pembinaan.', expected: ['request'] },
	{ input: 'Kepala dinas meminta DPRD menambah alokasi dana.', expected: ['request'] },
	{ input: 'Warga mengusulkan agar pemkab memperbaiki drainase.', expected: ['request'] },
	{ input: 'Mahasiswa mendesak dewan membatalkan kenaikan tarif.', expected: ['request'] },
	{ input: 'Kami minta dinas teknis rajin melapor ke dewan.', expected: ['request'] },
	{ input: 'Setiap sekolah diminta melaporkan penggunaan dana.', expected: ['request'] },
	{ input: 'Bupati mengimbau warga menjaga kebersihan.', expected: ['request'] },
	{ input: 'Kami tidak akan menaikkan pajak daerah.', expected: ['none'] },
	{ input: 'Kunjungan kerja ke pabrik tidak akan digelar bulan ini.', expected: ['none'] },
	{ input: 'Dewan tak akan mengubah jadwal sidang.', expected: ['none'] },
	{ input: 'Pemkab telah mengalokasikan dana tahun lalu.', expected: ['none'] },
	{ input: 'Rapat kemarin membahas anggaran pendidikan.', expected: ['none'] },
	{ input: 'Harga cabai di pasar induk akan naik menjelang Lebaran.', expected: ['none'] },
	{ input: 'Kawasan pesisir diprediksi akan dilanda gelombang tinggi.', expected: ['none'] },
	{ input: 'Pembangunan itu akan menjadi sarana penting bagi warga.', expected: ['none'] },
	{ input: 'Masa jabatan anggota dewan akan berakhir bulan depan.', expected: ['none'] },
	{ input: 'Proyek yang akan dikerjakan tahun ini berjumlah sepuluh.', expected: ['none'] },
	{ input: 'Dana ini diharapkan dapat membantu sekolah.', expected: ['none'] },
	{ input: 'DPRD harus mengawasi setiap proyek.', expected: ['none'] },
	{ input: 'Apakah dewan akan menambah anggaran?', expected: ['none'] },
	{ input: 'Undang-undang mengatur bahwa dewan akan menyetujui anggaran bersama gubernur.', expected: ['none'] },
	{ input: 'Operasi pencarian itu akan melibatkan relawan pramuka.', expected: ['none'] },
	{ input: 'Audiensi itu membahas program pembinaan warga binaan.', expected: ['none'] },
	{ input: 'Nanti akan kita lihat dulu hasil survei lapangan.', expected: ['none'] },
	{ input: 'The council will fund two new clinics.', lang: 'en', expected: ['pledge', 'firm'] },
	{ input: 'The regent pledged to repair every village road.', lang: 'en', expected: ['pledge', 'firm'] },
	{ input: 'The agency is committed to adding ten school buses.', lang: 'en', expected: ['pledge', 'firm'] },
	{ input: 'The office continues to oversee the meal program.', lang: 'en', expected: ['pledge', 'firm'] },
	{ input: 'The speaker said the House would review the bill.', lang: 'en', expected: ['pledge', 'firm'] },
	{ input: 'The governor plans to build a new port.', lang: 'en', expected: ['pledge', 'hedged'] },
	{ input: 'We will try to finish the road by June.', lang: 'en', expected: ['pledge', 'hedged'] },
	{ input: 'The House will summon the minister if he is absent again.', lang: 'en', expected: ['pledge', 'conditional'] },
	{ input: 'The mayor hopes the ministry will help.', lang: 'en', expected: ['request'] },
	{ input: 'He called on the ministry to release the data.', lang: 'en', expected: ['request'] },
	{ input: 'Residents urged the council to cancel the fee.', lang: 'en', expected: ['request'] },
	{ input: 'The council will not raise taxes.', lang: 'en', expected: ['none'] },
	{ input: 'The constitution stipulates that the House will approve laws.', lang: 'en', expected: ['none'] },
	{ input: 'Heavy rain is expected to hit the coast.', lang: 'en', expected: ['none'] },
	{ input: 'The committee met yesterday.', lang: 'en', expected: ['none'] },
	{ input: 'Will the council fund it?', lang: 'en', expected: ['none'] },
	{ input: 'Asked about the delay, the regent said the road would be finished soon.', lang: 'en', expected: ['pledge', 'firm'] }
];

describe('classifyCommitment', () => {
	it.each(cases)('$input', ({ input, lang, expected }) => {
		const got = classifyCommitment(input, lang ?? 'id');
		expect(got.kind).toBe(expected[0]);
		if (expected[1]) expect(got.strength).toBe(expected[1]);
		if (got.kind !== 'none') expect(got.cueEnd).toBeGreaterThan(got.cueStart);
	});

	it('flags negation', () => {
		expect(classifyCommitment('Kami tidak akan menaikkan pajak.').negated).toBe(true);
	});
});
