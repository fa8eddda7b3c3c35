import { describe, expect, it } from 'vitest';
import { deadlineOf, IDUL_FITRI, parseDeadline } from './parse-deadline';

// Fictional sentences, each with the article's publication date; `due` is the ISO deadline (null:
// none) and `phrase` the words that state it. Weekdays: 2025-05-14 Wed, 2025-10-02 Thu,
// 2025-12-29 Mon, 2026-01-08 Thu.
type Row = { text: string; published: string | null; due: string | null; phrase?: string };

const rows: Row[] = [
	// Indonesian: the year
	{ text: 'Dewan berjanji jembatan itu rampung akhir tahun ini.', published: '2025-10-02', due: '2025-12-31', phrase: 'akhir tahun ini' },
	{ text: 'Pemerintah kota akan menuntaskan program itu pada akhir tahun.', published: '2025-05-14', due: '2025-12-31', phrase: 'akhir tahun' },
	{ text: 'Dinas siap menyalurkan bantuan tahun ini kepada nelayan.', published: '2025-05-14', due: '2025-12-31', phrase: 'tahun ini' },
	{ text: 'DPRD akan mengalokasikan anggaran tahun depan untuk puskesmas.', published: '2025-05-14', due: '2026-12-31', phrase: 'tahun depan' },
	{ text: 'Gedung baru ditargetkan selesai akhir tahun depan.', published: '2025-05-14', due: '2026-12-31', phrase: 'akhir tahun depan' },
	{ text: 'Pembangunan pasar dimulai awal tahun depan.', published: '2025-05-14', due: '2026-03-31', phrase: 'awal tahun depan' },
	{ text: 'Perbaikan jalan dijadwalkan pada pertengahan tahun ini.', published: '2025-02-03', due: '2025-06-30', phrase: 'pertengahan tahun ini' },
	{ text: 'Kami siap menganggarkannya pada tahun 2026.', published: '2025-05-14', due: '2026-12-31', phrase: 'pada tahun 2026' },
	{ text: 'Dana itu masuk APBD Perubahan 2025, kata ketua dewan.', published: '2025-05-14', due: '2025-12-31', phrase: 'APBD Perubahan 2025' },
	{ text: 'Dewan mengusulkan tambahan Rp2 miliar dalam APBD 2026.', published: '2025-09-01', due: '2026-12-31', phrase: 'APBD 2026' },
	{ text: 'Anggaran beasiswa disiapkan dalam APBD-P Tahun 2025.', published: '2025-06-11', due: '2025-12-31', phrase: 'APBD-P Tahun 2025' },
	{ text: 'Program ini masuk tahun anggaran 2026.', published: '2025-07-01', due: '2026-12-31', phrase: 'tahun anggaran 2026' },
	{ text: 'Bendungan itu ditargetkan rampung pada 2027.', published: '2025-05-14', due: '2027-12-31', phrase: 'ditargetkan rampung pada 2027' },
	{ text: 'Seluruh desa teraliri listrik sebelum 2030, janji gubernur.', published: '2025-05-14', due: '2029-12-31', phrase: 'sebelum 2030' },
	{ text: 'Pelabuhan dibenahi hingga akhir 2025.', published: '2025-03-10', due: '2025-12-31', phrase: 'akhir 2025' },
	{ text: 'Terminal baru beroperasi pertengahan 2026.', published: '2025-03-10', due: '2026-06-30', phrase: 'pertengahan 2026' },
	{ text: 'Sekolah itu diresmikan 2026 mendatang.', published: '2025-03-10', due: '2026-12-31', phrase: '2026 mendatang' },
	{ text: 'Bupati berjanji menuntaskan program itu sebelum penghujung tahun.', published: '2025-08-20', due: '2025-12-31', phrase: 'penghujung tahun' },
	// Indonesian: months, weeks and days
	{ text: 'Pencairan dana dilakukan pekan depan.', published: '2025-05-14', due: '2025-05-25', phrase: 'pekan depan' },
	{ text: 'Surat keputusan diteken minggu ini.', published: '2025-10-02', due: '2025-10-05', phrase: 'minggu ini' },
	{ text: 'Kontrak diteken bulan depan, kata kepala dinas.', published: '2025-12-29', due: '2026-01-31', phrase: 'bulan depan' },
	{ text: 'Data penerima diserahkan akhir bulan ini.', published: '2025-02-10', due: '2025-02-28', phrase: 'akhir bulan ini' },
	{ text: 'Kami pastikan perbaikan selesai dalam tiga bulan.', published: '2025-05-14', due: '2025-08-14', phrase: 'dalam tiga bulan' },
	{ text: 'Jalan itu diperbaiki dalam waktu 30 hari.', published: '2025-05-14', due: '2025-06-13', phrase: 'dalam waktu 30 hari' },
	{ text: 'Dinas menyiapkan pendataan enam bulan ke depan.', published: '2025-08-31', due: '2026-02-28', phrase: 'enam bulan ke depan' },
	{ text: 'Izin diterbitkan paling lambat dua pekan.', published: '2025-05-14', due: '2025-05-28', phrase: 'paling lambat dua pekan' },
	{ text: 'Regulasi itu rampung dalam setahun.', published: '2025-05-14', due: '2026-05-14', phrase: 'dalam setahun' },
	{ text: 'Bantuan sembako dibagikan sebelum Lebaran.', published: '2025-03-10', due: '2025-03-31', phrase: 'sebelum Lebaran' },
	{ text: 'THR honorer dibayar menjelang Idul Fitri.', published: '2026-01-08', due: '2026-03-20', phrase: 'menjelang Idul Fitri' },
	{ text: 'Pasar darurat dibuka sebelum Lebaran, kata camat.', published: '2025-05-14', due: '2026-03-20', phrase: 'sebelum Lebaran' },
	{ text: 'Jembatan selesai Desember 2025, ujar kepala dinas.', published: '2025-05-14', due: '2025-12-31', phrase: 'Desember 2025' },
	{ text: 'Perda dibahas paling lambat 31 Maret 2026.', published: '2025-11-20', due: '2026-03-31', phrase: 'paling lambat 31 Maret 2026' },
	{ text: 'Bendera baru dipasang sebelum 17 Agustus.', published: '2025-05-14', due: '2025-08-16', phrase: 'sebelum 17 Agustus' },
	{ text: 'Sosialisasi berjalan hingga Juni.', published: '2025-05-14', due: '2025-06-30', phrase: 'hingga Juni' },
	{ text: 'Lelang dibuka Maret mendatang.', published: '2025-05-14', due: '2026-03-31', phrase: 'Maret mendatang' },
	{ text: 'Laporan diserahkan sebelum Juni 2026.', published: '2025-05-14', due: '2026-05-31', phrase: 'sebelum Juni 2026' },
	{ text: 'Pemkab berjanji membangun rusun akhir Desember 2025.', published: '2025-05-14', due: '2025-12-31', phrase: 'akhir Desember 2025' },
	{ text: 'Pasar rakyat direnovasi sebelum Natal.', published: '2025-08-20', due: '2025-12-25', phrase: 'sebelum Natal' },
	// English
	{ text: 'The council pledged to fund the clinic this year.', published: '2025-08-20', due: '2025-12-31', phrase: 'this year' },
	{ text: 'The agency will open the depot next year.', published: '2025-08-20', due: '2026-12-31', phrase: 'next year' },
	{ text: 'The bridge will be repaired by the end of 2025.', published: '2025-03-10', due: '2025-12-31', phrase: 'by the end of 2025' },
	{ text: 'The regent promised the road by the end of the year.', published: '2025-08-20', due: '2025-12-31', phrase: 'by the end of the year' },
	{ text: 'Payments will resume by year-end, the office said.', published: '2025-08-20', due: '2025-12-31', phrase: 'by year-end' },
	{ text: 'The committee will report by March.', published: '2025-05-14', due: '2026-03-31', phrase: 'by March' },
	{ text: 'The committee will report by March.', published: '2026-01-08', due: '2026-03-31', phrase: 'by March' },
	{ text: 'The committee will report by March.', published: '2025-03-10', due: '2025-03-31', phrase: 'by March' },
	{ text: 'The survey must be done before June.', published: '2025-05-14', due: '2025-05-31', phrase: 'before June' },
	{ text: 'The office will publish the audit within six months.', published: '2025-08-20', due: '2026-02-20', phrase: 'within six months' },
	{ text: 'Housing will be delivered within a year.', published: '2025-08-20', due: '2026-08-20', phrase: 'within a year' },
	{ text: 'Two schools will be built in the next two years.', published: '2025-08-20', due: '2027-08-20', phrase: 'in the next two years' },
	{ text: 'The ministry will sign the decree next week.', published: '2025-12-29', due: '2026-01-11', phrase: 'next week' },
	{ text: 'Claims will be paid by the end of the month.', published: '2025-08-20', due: '2025-08-31', phrase: 'by the end of the month' },
	{ text: 'Funds will be released by June 30, 2026.', published: '2025-08-20', due: '2026-06-30', phrase: 'by June 30, 2026' },
	{ text: 'The terminal opens in mid-2026, the governor said.', published: '2025-08-20', due: '2026-06-30', phrase: 'mid-2026' },
	{ text: 'The province will finish the dam in 2027.', published: '2025-08-20', due: '2027-12-31', phrase: 'in 2027' },
	{ text: 'Food parcels will arrive before Eid.', published: '2026-01-08', due: '2026-03-20', phrase: 'before Eid' },
	{ text: 'The port will reopen next March.', published: '2025-05-14', due: '2026-03-31', phrase: 'next March' },
	{ text: 'Toilets will be fixed before Christmas.', published: '2025-08-20', due: '2025-12-25', phrase: 'before Christmas' },
	// Absolute phrases resolve without a publication date; relative ones do not
	{ text: 'Jembatan selesai Desember 2025.', published: null, due: '2025-12-31', phrase: 'Desember 2025' },
	{ text: 'DPRD akan menganggarkannya tahun depan.', published: null, due: null },
	// No deadline: past, a meeting date, a law's year, a range, a bare month, nothing at all
	{ text: 'Anggaran itu sudah dicairkan tahun lalu.', published: '2025-05-14', due: null },
	{ text: 'Program itu berjalan sejak 2019 dan akan dilanjutkan.', published: '2025-05-14', due: null },
	{ text: 'Hal itu disampaikan dalam rapat Senin (12/5) di gedung dewan.', published: '2025-05-14', due: null },
	{ text: 'Rapat kerja digelar Rabu (14/5/2025) dan dewan siap mendukung.', published: '2025-05-14', due: null },
	{ text: 'Harga beras naik sejak awal tahun ini, kata dewan.', published: '2025-05-14', due: null },
	{ text: 'Sebanyak 40 rumah dibangun dalam tiga bulan terakhir.', published: '2025-05-14', due: null },
	{ text: 'Dewan mengacu pada Perda Nomor 5 Tahun 2019.', published: '2025-05-14', due: null },
	{ text: 'Sesuai UU No. 23 Tahun 2014, dinas wajib melapor.', published: '2025-05-14', due: null },
	{ text: 'RPJMD tahun 2025-2029 memuat program itu.', published: '2025-05-14', due: null },
	{ text: 'Dana itu dianggarkan pada 2019 namun tidak cair.', published: '2025-05-14', due: null },
	{ text: 'Jembatan dijanjikan rampung akhir 2024.', published: '2025-05-14', due: null },
	{ text: 'Kunjungan kerja dilakukan pada Maret dan dewan berjanji membantu.', published: '2025-05-14', due: null },
	{ text: 'Rapat pada 12 Mei 2025 memutuskan dana cair 20 Juni 2025.', published: '2025-05-14', due: null },
	{ text: 'The council may 2026 budget talks aside, the office said.', published: '2025-08-20', due: null },
	{ text: 'Kontrak itu diteken pada Desember 2025 lalu.', published: '2026-01-08', due: null },
	{ text: 'Dewan siap mendukung program pemasyarakatan melalui fungsi anggaran.', published: '2025-05-14', due: null },
	{ text: 'Prices have risen since earlier this year.', published: '2025-08-20', due: null },
	{ text: 'The council met in March and pledged support.', published: '2025-08-20', due: null },
	{ text: 'Forty homes were built in the past six months.', published: '2025-08-20', due: null },
	{ text: 'The money was promised last year.', published: '2025-08-20', due: null },
	{ text: 'The plan reaches its goal by 2099.', published: '2025-08-20', due: null },
	{ text: 'The agency will support the programme through its budget.', published: '2025-08-20', due: null }
];

describe('parseDeadline', () => {
	it.each(rows)('$published: $text', ({ text, published, due, phrase }) => {
		const got = parseDeadline(text, published);
		expect(got?.dueOn ?? null).toBe(due);
		if (got) {
			expect(got.phrase.text).toBe(phrase);
			expect(text.slice(got.phrase.start, got.phrase.end)).toBe(got.phrase.text);
		}
	});

	it('has at least eighty rows', () => {
		expect(rows.length).toBeGreaterThanOrEqual(80);
	});

	it('offsets the phrase into the article', () => {
		const body = 'Judul. Dewan berjanji jembatan rampung tahun depan.';
		const start = body.indexOf('Dewan');
		const got = parseDeadline(body.slice(start), '2025-05-14', start);
		expect(got?.phrase).toEqual({ text: 'tahun depan', start: body.indexOf('tahun depan'), end: body.indexOf('tahun depan') + 'tahun depan'.length });
	});

	it('takes the first deadline a sentence states', () => {
		expect(parseDeadline('Tahap pertama bulan depan, tahap kedua tahun depan.', '2025-05-14')?.dueOn).toBe('2025-06-30');
	});
});

describe('deadlineOf', () => {
	const evidence = { text: 'Dewan siap mendukung.', start: 100, end: 121 };
	const restated = { text: 'Dukungan diberikan tahun depan.', start: 10, end: 41 };
	it('reads the evidence sentence first, then its restatements', () => {
		expect(deadlineOf(evidence, [], '2025-05-14')).toBeNull();
		expect(deadlineOf(evidence, [restated], '2025-05-14')).toEqual({ dueOn: '2026-12-31', phrase: { text: 'tahun depan', start: 29, end: 40 } });
		expect(deadlineOf({ ...restated, start: 0 }, [{ text: 'Cair bulan depan.', start: 50, end: 67 }], '2025-05-14')?.dueOn).toBe('2026-12-31');
	});
});

describe('IDUL_FITRI', () => {
	it('covers 2015–2035 in order', () => {
		const years = new Set(IDUL_FITRI.map((d) => Number(d.slice(0, 4))));
		for (let y = 2015; y <= 2035; y++) expect(years.has(y)).toBe(true);
		expect([...IDUL_FITRI].sort()).toEqual(IDUL_FITRI);
	});
});
