import { describe, expect, it } from 'vitest';
import { findProgressSentences } from './progress-sentences';

describe('progress sentences', () => {
	it.each([
		{ input: 'APBD 2026 yang memuat anggaran puskesmas telah disahkan DPRD dalam rapat paripurna.', expected: 'kept' },
		{ input: 'Dana hibah untuk sekolah itu sudah dicairkan pekan lalu.', expected: 'kept' },
		{ input: 'Jembatan itu diresmikan gubernur pada Selasa.', expected: 'kept' },
		{ input: 'Bus sekolah gratis mulai beroperasi melayani siswa.', expected: 'kept' },
		{ input: 'Puskesmas rawat inap di Katingan mulai dibangun pekan ini.', expected: 'in_progress' },
		{ input: 'Pengadaan bus sekolah memasuki tahap lelang.', expected: 'in_progress' },
		{ input: 'Komisi III melakukan inspeksi mendadak ke proyek jalan itu.', expected: 'in_progress' },
		{ input: 'Baru 25 dari 40 unit ambulans desa yang diserahkan.', expected: 'partly_kept' },
		{ input: 'Bantuan itu baru tersalurkan Rp 20 miliar dari Rp 45 miliar.', expected: 'partly_kept' },
		{ input: 'Proyek pasar itu mangkrak sejak Maret.', expected: 'stalled' },
		{ input: 'Pembahasan raperda itu ditunda hingga masa sidang berikutnya.', expected: 'stalled' },
		{ input: 'Perbaikan irigasi yang dijanjikan dewan belum terealisasi.', expected: 'stalled' },
		{ input: 'Rencana pos polisi terapung itu dibatalkan.', expected: 'broken' },
		{ input: 'Anggaran air bersih dicoret dari APBD 2025.', expected: 'broken' },
		{ input: 'The council has disbursed Rp 18 billion for the bridge.', expected: 'kept' },
		{ input: 'The government opened two of the three promised schools.', expected: 'partly_kept' },
		{ input: 'Construction began on Monday.', expected: 'in_progress' },
		{ input: 'The project was cancelled after the budget was cut.', expected: 'broken' },
		{ input: 'The relocation has been delayed again.', expected: 'stalled' },
		{ input: 'The city has yet to open the shelter.', expected: 'stalled' },
		// Plans, promises and requests are not reports.
		{ input: 'Anggaran itu akan disahkan bulan depan.', expected: null },
		{ input: 'Bupati berjanji membangun jembatan gantung di desa itu.', expected: null },
		{ input: 'Ketua DPRD kembali menegaskan komitmen mengalokasikan Rp 24 miliar.', expected: null },
		{ input: 'DPRD siap menganggarkan tahap kedua revitalisasi pasar.', expected: null },
		{ input: 'Warga meminta agar dana itu segera dicairkan.', expected: null },
		{ input: 'The city said it will install cameras at 150 crossings.', expected: null },
		{ input: 'The government pledged to build a second market.', expected: null },
		{ input: 'Rapat dihadiri 38 anggota dewan.', expected: null }
	])('$input → $expected', ({ input, expected }) => {
		const found = findProgressSentences(input, /\b(the|has|was)\b/i.test(input) ? 'en' : 'id');
		expect(found.map((f) => f.status)).toEqual(expected === null ? [] : [expected]);
	});

	it('keeps offsets into the body, the amounts and the back-reference', () => {
		const body = 'SAMPIT – Rapat digelar Senin. Dana Rp 15 miliar yang dijanjikan bupati telah dicairkan.';
		const [s] = findProgressSentences(body);
		expect(body.slice(s.start, s.end)).toBe(s.text);
		expect(s).toMatchObject({ status: 'kept', amounts: [15e9], refersBack: true, explicitAspect: true, categories: ['budget'] });
	});
});
