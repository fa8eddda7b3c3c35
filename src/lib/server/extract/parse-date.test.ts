import { describe, expect, it } from 'vitest';
import { completeYear, parseDates } from './parse-date';

type Row = { input: string; published?: string | null; expected: string[] };

// Fictional sentences; each row lists the ISO dates found, in text order.
const cases: Row[] = [
	{ input: 'Rapat digelar Rabu (16/4/2025).', expected: ['2025-04-16'] },
	{ input: 'Sidang pada Jumat (4/1).', published: '2025-01-05', expected: ['2025-01-04'] },
	{ input: 'Kunjungan Kamis (18/7/19) lalu.', expected: ['2019-07-18'] },
	{ input: 'Pada 20 Mei 2025 rapat digelar.', expected: ['2025-05-20'] },
	{ input: 'Signed on May 20, 2025 in the capital.', expected: ['2025-05-20'] },
	{ input: 'Signed on 20 May 2025 in the capital.', expected: ['2025-05-20'] },
	{ input: 'Rapat Senin (28/12).', published: '2026-01-03', expected: ['2025-12-28'] },
	{ input: 'Rapat Senin (2/1).', published: '2025-12-30', expected: ['2025-01-02'] },
	{ input: 'Rapat Senin (3/2).', published: null, expected: [] },
	{ input: 'Tanggal 1 Januari 2024 libur.', expected: ['2024-01-01'] },
	{ input: 'Tanggal 17 Agustus 2045 nanti.', expected: ['2045-08-17'] },
	{ input: 'Pada 14 Desember 2023 digelar.', expected: ['2023-12-14'] },
	{ input: 'Pada 14 Desember digelar.', published: '2023-12-20', expected: ['2023-12-14'] },
	{ input: 'Pada 5 Okt 2022 rapat.', expected: ['2022-10-05'] },
	{ input: 'Pada 5 Okt. 2022 rapat.', expected: ['2022-10-05'] },
	{ input: 'Pada 30 Februari 2024 tidak ada.', expected: [] },
	{ input: 'Pada (31/4/2025) tidak ada.', expected: [] },
	{ input: 'Rabu (16/04/2025) dan Kamis (17/04/2025).', expected: ['2025-04-16', '2025-04-17'] },
	{ input: 'Selasa (15/3/2022) pagi.', expected: ['2022-03-15'] },
	{ input: 'Jumat (29/08/2025) malam.', expected: ['2025-08-29'] },
	{ input: 'On March 3, 2021 the bill passed.', expected: ['2021-03-03'] },
	{ input: 'On Oct. 9, 2020 the law changed.', expected: ['2020-10-09'] },
	{ input: 'On December 1st, 2019 officials met.', expected: ['2019-12-01'] },
	{ input: 'By 1 June 2030 the road opens.', expected: ['2030-06-01'] },
	{ input: 'On 7 July the team met.', published: '2024-07-10', expected: ['2024-07-07'] },
	{ input: 'Tanpa tanggal di kalimat ini.', expected: [] },
	{ input: 'Skor 3/1 di pertandingan.', expected: [] },
	{ input: 'Pukul 09.30 WIB.', expected: [] },
	{ input: 'Tahun 2025 penuh kerja.', expected: [] },
	{ input: 'Kamis (2/10/2025) dan Jumat (3/10).', published: '2025-10-04', expected: ['2025-10-02', '2025-10-03'] },
	{ input: 'Pada 1 Maret 2020.', expected: ['2020-03-01'] },
	{ input: 'Pada 2 April 2020.', expected: ['2020-04-02'] },
	{ input: 'Pada 3 Juni 2020.', expected: ['2020-06-03'] },
	{ input: 'Pada 4 Juli 2020.', expected: ['2020-07-04'] },
	{ input: 'Pada 5 September 2020.', expected: ['2020-09-05'] },
	{ input: 'Pada 6 Oktober 2020.', expected: ['2020-10-06'] },
	{ input: 'Pada 7 November 2020.', expected: ['2020-11-07'] },
	{ input: 'Pada 8 Nopember 2020.', expected: ['2020-11-08'] },
	{ input: 'Pada 9 Pebruari 2020.', expected: ['2020-02-09'] },
	{ input: 'Pada 29 Februari 2024.', expected: ['2024-02-29'] },
	{ input: 'Pada 29 Februari 2023.', expected: [] },
	{ input: 'On January 15, 2025 and February 2, 2025.', expected: ['2025-01-15', '2025-02-02'] },
	{ input: 'On April 30, 2024.', expected: ['2024-04-30'] },
	{ input: 'On August 8, 2008.', expected: ['2008-08-08'] },
	{ input: 'On September 11, 2011.', expected: ['2011-09-11'] },
	{ input: 'On Nov 5, 2015.', expected: ['2015-11-05'] },
	{ input: 'On 2 Dec 2016 the vote.', expected: ['2016-12-02'] },
	{ input: 'Sabtu (18/11).', published: '2023-11-18', expected: ['2023-11-18'] },
	{ input: 'Minggu (19/11).', published: '2023-11-18', expected: ['2023-11-19'] },
	{ input: 'Senin (13/1/2020) siang.', expected: ['2020-01-13'] },
	{ input: '(1/1/2000) milenium.', expected: ['2000-01-01'] },
	{ input: 'Pada (12/12/12) acara.', expected: ['2012-12-12'] },
	{ input: 'Hari ini (5/13) bukan tanggal.', published: '2024-05-01', expected: [] },
	{ input: 'Digelar 10 Mei.', published: '2021-05-11', expected: ['2021-05-10'] },
	{ input: 'Digelar 10 Mei.', published: null, expected: [] },
	{ input: 'Rapat 21 Juli 2019 dan 22 Juli 2019.', expected: ['2019-07-21', '2019-07-22'] },
	{ input: 'Jadwal 14 Agustus 2019 pelantikan.', expected: ['2019-08-14'] },
	{ input: 'Pada 31 Desember 2099.', expected: ['2099-12-31'] },
	{ input: 'Sejak 1 Jan 2023.', expected: ['2023-01-01'] },
	{ input: 'Hingga 30 Jun 2023.', expected: ['2023-06-30'] },
	{ input: 'Kamis (21/4).', published: '2016-04-22', expected: ['2016-04-21'] }
];

describe('parseDates', () => {
	it.each(cases)('$input', ({ input, published, expected }) => {
		const got = parseDates(input, published ?? null);
		expect(got.map((d) => d.iso)).toEqual(expected);
		for (const d of got) expect(input.slice(d.span.start, d.span.end)).toBe(d.span.text);
	});

	it('marks years taken from the publication date', () => {
		expect(parseDates('Jumat (4/1).', '2025-01-05')[0].inferredYear).toBe(true);
		expect(parseDates('Rabu (16/4/2025).')[0].inferredYear).toBe(false);
	});

	it('completes a year-less date from the publication date', () => {
		expect(completeYear(12, 28, '2026-01-03')).toBe(2025);
		expect(completeYear(1, 4, '2025-01-05')).toBe(2025);
		expect(completeYear(1, 4, null)).toBeNull();
	});
});
