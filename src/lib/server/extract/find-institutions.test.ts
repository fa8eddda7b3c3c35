import { describe, expect, it } from 'vitest';
import type { Lang } from '../../domain/statement';
import { loadGazetteer } from '../resolve/gazetteer';
import { findInstitutions } from './find-institutions';
import { tokenize } from './tokens';

type Row = { input: string; lang?: Lang; expected: string[] };

// Fictional sentences; each row lists canonical institution names found, in text order.
const cases: Row[] = [
	{ input: 'Ketua DPRD Kalteng hadir.', expected: ['DPRD Provinsi Kalimantan Tengah'] },
	{ input: 'The Finance Ministry pledged new transfers.', lang: 'en', expected: ['Kementerian Keuangan'] },
	{ input: 'Home Affairs Minister Rina Sari spoke in Jakarta.', lang: 'en', expected: ['Kementerian Dalam Negeri'] },
	{ input: 'Health officials met the Finance team.', lang: 'en', expected: [] },
	// A comma after an office introduces the speaker's name, which is not part of the office.
	{ input: 'Kepala Badan Pengelolaan Keuangan Daerah Kalteng, Sari Dewi, hadir.', expected: ['Badan Pengelolaan Keuangan Daerah Provinsi Kalimantan Tengah'] },
	{ input: 'Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Tengah, Bambang Sutrisno, hadir.', expected: ['Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Tengah'] },
	{ input: 'Kepala Balai Pemasyarakatan Palangka Raya, Joko Susilo, hadir.', expected: ['Balai Pemasyarakatan Palangka Raya'] },
	{ input: 'DPRD Provinsi Kalteng menggelar rapat.', expected: ['DPRD Provinsi Kalimantan Tengah'] },
	{ input: 'DPRD Kotim menerima tamu.', expected: ['DPRD Kabupaten Kotawaringin Timur'] },
	{ input: 'Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Kotawaringin Timur bersidang.', expected: ['DPRD Kabupaten Kotawaringin Timur'] },
	{ input: 'DPRD Kota Palangka Raya membahas raperda.', expected: ['DPRD Kota Palangka Raya'] },
	{ input: 'DPRD Jember menolak usulan.', expected: ['DPRD Kabupaten Jember'] },
	{ input: 'DPRD Jabar dan DPRD Jateng bertemu.', expected: ['DPRD Provinsi Jawa Barat', 'DPRD Provinsi Jawa Tengah'] },
	{ input: 'DPRD Sulsel menyetujui.', expected: ['DPRD Provinsi Sulawesi Selatan'] },
	{ input: 'DPRD Kukar menolak.', expected: ['DPRD Kabupaten Kutai Kartanegara'] },
	{ input: 'DPRD Provinsi Lampung bersidang. DPRD lalu menyetujui.', expected: ['DPRD Provinsi Lampung', 'DPRD Provinsi Lampung'] },
	{ input: 'Komisi II DPRD Kotim meninjau pasar.', expected: ['DPRD Kabupaten Kotawaringin Timur'] },
	{ input: 'Fraksi Karya DPRD Kalteng menolak.', expected: ['DPRD Provinsi Kalimantan Tengah'] },
	{ input: 'DPRD Kalbar rapat. Banggar lalu membahas.', expected: ['DPRD Provinsi Kalimantan Barat', 'DPRD Provinsi Kalimantan Barat'] },
	{ input: 'Bapemperda DPRD Kota Palangka Raya bekerja.', expected: ['DPRD Kota Palangka Raya'] },
	{ input: 'DPR RI memanggil menteri.', expected: ['DPR RI'] },
	{ input: 'Dewan Perwakilan Rakyat (DPR) menggelar paripurna.', expected: ['DPR RI'] },
	{ input: 'Komisi VI DPR meminta data.', expected: ['DPR RI'] },
	{ input: 'DPR Aceh mengesahkan qanun.', expected: ['DPR Aceh'] },
	{ input: 'DPRA bersidang malam ini.', expected: ['DPR Aceh'] },
	{ input: 'DPD RI mengunjungi daerah.', expected: ['DPD RI'] },
	{ input: 'MPR menggelar sidang tahunan.', expected: ['MPR RI'] },
	{ input: 'Pemerintah Provinsi Kalimantan Barat berkomitmen.', expected: ['Pemerintah Provinsi Kalimantan Barat'] },
	{ input: 'Pemprov Kalteng menyiapkan dana.', expected: ['Pemerintah Provinsi Kalimantan Tengah'] },
	{ input: 'Pemkab Kotim membangun jalan.', expected: ['Pemerintah Kabupaten Kotawaringin Timur'] },
	{ input: 'Pemkot Kendari menata sungai.', expected: ['Pemerintah Kota Kendari'] },
	{ input: 'Pemerintah Kota (Pemkot) Kendari bekerja.', expected: ['Pemerintah Kota Kendari'] },
	{ input: 'Pemerintah pusat membantu.', expected: ['Pemerintah Republik Indonesia'] },
	{ input: 'Gubernur Kalteng meresmikan jembatan.', expected: ['Pemerintah Provinsi Kalimantan Tengah'] },
	{ input: 'Bupati Kotim meninjau banjir.', expected: ['Pemerintah Kabupaten Kotawaringin Timur'] },
	{ input: 'Wali Kota Kendari membuka pasar.', expected: ['Pemerintah Kota Kendari'] },
	{ input: 'Wakil Bupati Garut hadir.', expected: ['Pemerintah Kabupaten Garut'] },
	{ input: 'Pemprov Lampung bekerja. Wakil Gubernur Sari Dewi hadir.', expected: ['Pemerintah Provinsi Lampung', 'Pemerintah Provinsi Lampung'] },
	{ input: 'Bupati Nias Barat Yosua Halawa berpidato.', expected: ['Pemerintah Kabupaten Nias Barat'] },
	{ input: 'Kapolda Kalteng memimpin apel.', expected: ['Kepolisian Daerah Kalimantan Tengah'] },
	{ input: 'Polda Malut menangkap pelaku.', expected: ['Kepolisian Daerah Maluku Utara'] },
	{ input: 'Kapolres Kotim berjaga.', expected: ['Kepolisian Resor Kotawaringin Timur'] },
	{ input: 'Polri mengerahkan personel.', expected: ['Kepolisian Negara Republik Indonesia'] },
	{ input: 'Kapolri memberi arahan.', expected: ['Kepolisian Negara Republik Indonesia'] },
	{ input: 'TNI membantu warga.', expected: ['Tentara Nasional Indonesia'] },
	{ input: 'Kementerian Dalam Negeri (Kemendagri) mengundang.', expected: ['Kementerian Dalam Negeri'] },
	{ input: 'Kemendagri mengevaluasi.', expected: ['Kementerian Dalam Negeri'] },
	{ input: 'Menteri Perdagangan Yusuf Rahman dipanggil.', expected: ['Kementerian Perdagangan'] },
	{ input: 'Kemenkeu mencairkan dana.', expected: ['Kementerian Keuangan'] },
	{ input: 'Ditjenpas menggelar lomba.', expected: ['Direktorat Jenderal Pemasyarakatan'] },
	{ input: 'Direktorat Jenderal Pemasyarakatan (Ditjenpas) hadir.', expected: ['Direktorat Jenderal Pemasyarakatan'] },
	{ input: 'Kanwil Ditjenpas Kalteng bersinergi.', expected: ['Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Tengah'] },
	{ input: 'Kepala Kantor Wilayah (Kakanwil) Ditjenpas Sulawesi Tengah (Sulteng) meninjau blok hunian.', expected: ['Kantor Wilayah Direktorat Jenderal Pemasyarakatan Sulawesi Tengah'] },
	{ input: 'Lembaga Pemasyarakatan (Lapas) Kelas IIB Sumedang menanam sayur.', expected: ['Lembaga Pemasyarakatan Kelas IIB Sumedang'] },
	{ input: 'Lapas Kelas IIA Garut berbenah. Lapas Garut juga.', expected: ['Lembaga Pemasyarakatan Kelas IIA Garut', 'Lembaga Pemasyarakatan Kelas IIA Garut'] },
	{ input: 'Rutan Kelas IIB Sampit penuh.', expected: ['Rumah Tahanan Negara Kelas IIB Sampit'] },
	{ input: 'Bapas Palangka Raya membina klien.', expected: ['Balai Pemasyarakatan Palangka Raya'] },
	{ input: 'Unit Pelaksana Teknis (UPT) Pemasyarakatan dibenahi.', expected: ['Unit Pelaksana Teknis Pemasyarakatan'] },
	{ input: 'Dinas Kesehatan Provinsi Kalbar memeriksa dapur.', expected: ['Dinas Kesehatan Provinsi Kalimantan Barat'] },
	{ input: 'Dinas PUPR Kotim memperbaiki jalan.', expected: ['Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Kotawaringin Timur'] },
	{ input: 'Dinas Pendidikan Kota Kendari menambah guru.', expected: ['Dinas Pendidikan Kota Kendari'] },
	{ input: 'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) merilis peta angin.', expected: ['Badan Meteorologi, Klimatologi, dan Geofisika'] },
	{ input: 'BMKG memprediksi hujan.', expected: ['Badan Meteorologi, Klimatologi, dan Geofisika'] },
	{ input: 'KPK memeriksa saksi.', expected: ['Komisi Pemberantasan Korupsi'] },
	{ input: 'Pengadilan Negeri Sampit memutus perkara.', expected: ['Pengadilan Negeri Sampit'] },
	{ input: 'Kejari Kotim menahan tersangka.', expected: ['Kejaksaan Negeri Kotawaringin Timur'] },
	{ input: 'Mahkamah Konstitusi menolak gugatan.', expected: ['Mahkamah Konstitusi Republik Indonesia'] },
	{ input: 'Presiden meminta laporan.', expected: ['Presiden Republik Indonesia'] },
	{ input: 'KSP memantau program.', expected: ['Kantor Staf Presiden'] },
	{ input: 'The House of Representatives (DPR) passed it.', lang: 'en', expected: ['DPR RI'] },
	{ input: 'House Speaker Rudi Hartono spoke.', lang: 'en', expected: ['DPR RI'] },
	{ input: 'The Kampar Regency Government will build kitchens.', lang: 'en', expected: ['Pemerintah Kabupaten Kampar'] },
	{ input: 'Kampar Regent Dedi Putra met farmers.', lang: 'en', expected: ['Pemerintah Kabupaten Kampar'] },
	{ input: 'The Presidential Staff Office monitors it.', lang: 'en', expected: ['Kantor Staf Presiden'] },
	{ input: 'The Ministry of Home Affairs agreed.', lang: 'en', expected: ['Kementerian Dalam Negeri'] },
	{ input: 'the house was quiet', lang: 'en', expected: [] },
	{ input: 'Warga Kalteng menanam padi.', expected: [] },
	{ input: 'Tidak ada lembaga di kalimat ini.', expected: [] },
	{ input: 'Bupati datang tanpa nama daerah.', expected: [] }
];

describe('findInstitutions', async () => {
	const gazetteer = await loadGazetteer();
	it.each(cases)('$input', ({ input, lang, expected }) => {
		const hits = findInstitutions(input, tokenize(input), { gazetteer, lang: lang ?? 'id' });
		expect(hits.map((h) => h.institution.name)).toEqual(expected);
		for (const h of hits) expect(input.slice(h.span.start, h.span.end)).toBe(h.span.text);
	});

	it('gives kind, level, region and unit', () => {
		const text = 'Komisi II DPRD Kotim meninjau. Kapolda Kalteng hadir. Pengadilan Negeri Sampit memutus.';
		const hits = findInstitutions(text, tokenize(text), { gazetteer, lang: 'id' });
		expect(hits[0].institution).toMatchObject({ kind: 'legislature', level: 'regency', regionCode: '62.02', unit: 'Komisi II' });
		expect(hits[1].institution).toMatchObject({ kind: 'agency', level: 'province', regionCode: '62' });
		expect(hits[1].role).toBe('Kapolda');
		expect(hits[2].institution.kind).toBe('judiciary');
	});
});
