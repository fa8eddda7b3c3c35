import { describe, expect, it } from 'vitest';
import type { Lang } from '../../domain/statement';
import { loadGazetteer } from '../resolve/gazetteer';
import { attributeSpeakers, findQuotes } from './attribute-speakers';
import { findInstitutions } from './find-institutions';
import { findPeople } from './find-people';
import { splitSentences } from './split-sentences';
import { tokenize } from './tokens';

type Row = { input: string; lang?: Lang; expected: string | null };

// Fictional passages; `expected` is who speaks in the LAST sentence (a person's name, or an
// institution when no person is named).
const cases: Row[] = [
	{ input: '“Kami siap membantu,” kata Ketua DPRD Kotim, Bima Santoso.', expected: 'Bima Santoso' },
	{ input: '“Kami siap membantu,” ujar Bupati Garut, Dedi Kurnia.', expected: 'Dedi Kurnia' },
	{ input: '“Kami siap membantu,” ucap Kepala Dinas Kesehatan Kota Kendari, Rina Wati.', expected: 'Rina Wati' },
	{ input: '“Kami siap membantu,” tegas Wakil Ketua DPRD Kalteng, Drs. Arif Lubis.', expected: 'Arif Lubis' },
	{ input: '“Kami siap membantu,” pungkas Sekretaris Komisi II DPRD Kotim, Yanti Sari.', expected: 'Yanti Sari' },
	{ input: '“Kami siap membantu,” jelas Kapolda Kalteng, Irjen Pol Harun Salim.', expected: 'Harun Salim' },
	{ input: '“Kami siap membantu,” ungkap Kepala Lapas Kelas IIB Sumedang, Tono Hadi.', expected: 'Tono Hadi' },
	{ input: '“Kami siap membantu,” tambah Wali Kota Kendari, H Bayu Pratama, di Kendari, Jumat.', expected: 'Bayu Pratama' },
	{ input: '“Kami siap membantu,” kata anggota Bapemperda DPRD Kota Kendari Gita Anjani, Rabu.', expected: 'Gita Anjani' },
	{ input: '“Kami siap membantu,” kata Gubernur Kalbar, Yusuf Hamdan, usai rapat.', expected: 'Yusuf Hamdan' },
	{ input: 'Ketua DPRD Kotim, Bima Santoso, hadir. “Kami siap membantu,” ujarnya.', expected: 'Bima Santoso' },
	{ input: 'Ketua DPRD Kotim, Bima Santoso, hadir. “Kami siap membantu,” katanya.', expected: 'Bima Santoso' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. “Kami siap membantu,” tegasnya.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. “Kami siap membantu,” pungkasnya.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. “Kami siap membantu,” tambahnya.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. “Kami siap. Kami akan hadir,” ucapnya.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. Ia mengatakan dana cukup.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. Dia menegaskan dana cukup.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. Beliau menyampaikan terima kasih.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. Dedi mengatakan dana cukup.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. Kurnia menjelaskan rencananya.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. Menurut Dedi, dana cukup.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. Dana itu, kata Dedi, cukup.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. Politisi muda ini menyampaikan bahwa dana cukup.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Kotim Halim Susanto berpidato. Halim menambahkan jalan akan diperbaiki.', expected: 'Halim Susanto' },
	{ input: 'Bupati Kotim Halim Susanto berpidato. Sementara, Bupati Garut Dedi Kurnia menegaskan hal lain.', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Nias Barat Yosua Halawa berpidato. Yosuaa mengatakan siap.', expected: null },
	{ input: 'Bupati Nias Barat Fanolo Halawa berpidato. Fanala Halawa mengatakan siap.', expected: 'Fanolo Halawa' },
	{ input: 'Wakil Ketua DPR Sufyan Darmadi mengatakan, DPR akan memantau.', expected: 'Sufyan Darmadi' },
	{ input: 'Menteri Perdagangan Yusuf Rahman mengatakan harga stabil.', expected: 'Yusuf Rahman' },
	{ input: 'Kapolri Jenderal Polisi Bayu Aji menegaskan pentingnya disiplin.', expected: 'Bayu Aji' },
	{ input: 'Kakanwil Ditjenpas Kalteng, I Made Sura menyampaikan terima kasih.', expected: 'I Made Sura' },
	{ input: 'Kepala Kantor Wilayah (Kakanwil) Ditjenpas Kalteng, Wayan Dharma, berbicara.', expected: null },
	{ input: 'Sekretaris Komisi II DPRD Kotamobagu, Anton Pangemanan, hadir. Pengawasan, kata Anton, akan ketat.', expected: 'Anton Pangemanan' },
	{ input: 'Kepala Dinas Kesehatan Provinsi Kalbar, Sari Melati menjelaskan, satgas akan bekerja.', expected: 'Sari Melati' },
	{ input: 'Ketua DPRD Kalteng, Drs. Arif Lubis, S.H., M.Si., menyambut baik inisiatif ini. Ia menegaskan dukungan.', expected: 'Arif Lubis' },
	{ input: 'Kapolda Sulawesi Tengah (Sulteng), Irjen Pol Dani Surya siap mendukung program.', expected: null },
	{ input: 'Wakil Gubernur Sari Dewi dan Ketua DPRD Kalbar Eko Prasetyo menandatangani. Keduanya menyatakan komitmen.', expected: null },
	{ input: 'Safri Halim, Wakil Ketua DPRD Kalteng, menegaskan sikapnya.', expected: 'Safri Halim' },
	{ input: 'DPRD Kotim menggelar rapat. “Kami akan mengawasi,” kata dewan.', expected: 'DPRD Kabupaten Kotawaringin Timur' },
	{ input: 'Pemprov Kalteng menggelar rapat. Pemprov Kalteng menyatakan siap membantu.', expected: 'Pemerintah Provinsi Kalimantan Tengah' },
	{ input: 'Tidak ada pembicara di sini.', expected: null },
	{ input: '“Kutipan tanpa atribusi.”', expected: null },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir.\n\n“Kami siap membantu.”', expected: 'Dedi Kurnia' },
	{ input: 'Bupati Garut, Dedi Kurnia, hadir. "Kami siap membantu," ujarnya.', expected: 'Dedi Kurnia' },
	{ input: '"We will help," said House Speaker Rudi Hartono.', lang: 'en', expected: 'Rudi Hartono' },
	{ input: 'House Speaker Rudi Hartono spoke. "We will help," he said.', lang: 'en', expected: 'Rudi Hartono' },
	{ input: 'House Speaker Rudi Hartono spoke. "We will help," she said.', lang: 'en', expected: 'Rudi Hartono' },
	{ input: 'Kampar Regent Dedi Putra met farmers. "We will help," said Dedi.', lang: 'en', expected: 'Dedi Putra' },
	{ input: 'Kampar Regent Dedi Putra met farmers. Dedi said the road is ready.', lang: 'en', expected: 'Dedi Putra' },
	{ input: 'Kampar Regent Dedi Putra met farmers. He said the road is ready.', lang: 'en', expected: 'Dedi Putra' },
	{ input: 'Kampar Regent Dedi Putra met farmers. According to Dedi, the road is ready.', lang: 'en', expected: 'Dedi Putra' },
	{ input: 'Kampar Regent Dedi Putra met farmers. Putra stressed the point.', lang: 'en', expected: 'Dedi Putra' },
	{ input: 'House Speaker Rudi Hartono spoke. "We will help," Rudi said.', lang: 'en', expected: 'Rudi Hartono' },
	{ input: 'House Speaker Rudi Hartono spoke. Rudi pledged to act.', lang: 'en', expected: 'Rudi Hartono' },
	{ input: 'The weather was fine.', lang: 'en', expected: null },
	{ input: 'Bupati Kotim Halim Susanto dan Bupati Garut Dedi Kurnia hadir. “Kami siap,” kata Halim.', expected: 'Halim Susanto' },
	{ input: 'Bupati Kotim Halim Susanto dan Bupati Garut Dedi Kurnia hadir. “Kami siap,” kata Dedi.', expected: 'Dedi Kurnia' },
	{ input: 'Wakil Bupati Garut Lina Marlina berbicara. Ia menyatakan dukungan.', expected: 'Lina Marlina' },
	{ input: 'Kepala Lapas Kelas IIB Sumedang, Tono Hadi, berbicara. Tono menyampaikan harapan.', expected: 'Tono Hadi' },
	{ input: 'Ketua DPRD Kotim, Bima Santoso, hadir. Lalu hujan turun. Ia menegaskan sikap.', expected: 'Bima Santoso' },
	{ input: 'Ketua DPRD Kotim, Bima Santoso, hadir. “Satu. Dua. Tiga,” katanya.', expected: 'Bima Santoso' }
];

function lastSpeaker(text: string, lang: Lang, gazetteer: Awaited<ReturnType<typeof loadGazetteer>>): string | null {
	const tokens = tokenize(text);
	const hits = findInstitutions(text, tokens, { gazetteer, lang });
	const people = findPeople(text, tokens, hits);
	const sentences = splitSentences(text);
	const speech = attributeSpeakers({ text, tokens, hits, people, lang }, sentences);
	const s = speech[speech.length - 1]?.speaker;
	return s?.person?.name || s?.institution?.name || null;
}

describe('attributeSpeakers', async () => {
	const gazetteer = await loadGazetteer();
	it.each(cases)('$input', ({ input, lang, expected }) => {
		expect(lastSpeaker(input, lang ?? 'id', gazetteer)).toBe(expected);
	});

	it('finds quote spans, closing unclosed ones at the paragraph end', () => {
		expect(findQuotes('a “b” c "d" e').map((q) => [q.open, q.close])).toEqual([
			[2, 4],
			[8, 10]
		]);
		expect(findQuotes('x “open\ny').map((q) => [q.open, q.close])).toEqual([[2, 7]]);
	});
});

describe('findPeople', async () => {
	const gazetteer = await loadGazetteer();
	it.each([
		['Ketua DPRD Provinsi Kalteng, Drs. Arif Lubis, hadir.', 'Arif Lubis', 'Ketua DPRD Provinsi Kalimantan Tengah'],
		['Sekretaris Komisi II DPRD Kotim, Yanti Sari, hadir.', 'Yanti Sari', 'Sekretaris Komisi II DPRD Kabupaten Kotawaringin Timur'],
		['Bupati Nias Barat Fanolo Halawa hadir.', 'Fanolo Halawa', 'Bupati Nias Barat'],
		['Kapolda Kalteng, Irjen Pol Harun Salim, hadir.', 'Harun Salim', 'Kapolda Kalimantan Tengah'],
		['Kapolri Jenderal Polisi Bayu Aji hadir.', 'Bayu Aji', 'Kapolri'],
		['Wakil Ketua I DPRD Kalbar, Rina, hadir.', 'Rina', 'Wakil Ketua I DPRD Provinsi Kalimantan Barat']
	])('%s', (text, name, role) => {
		const tokens = tokenize(text);
		const people = findPeople(text, tokens, findInstitutions(text, tokens, { gazetteer, lang: 'id' }));
		expect(people[0]?.name).toBe(name);
		expect(people[0]?.canonicalRole).toBe(role);
	});
});
