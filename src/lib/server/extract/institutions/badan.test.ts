import { describeRows } from './test-table';

// Fictional sentences.
describeRows('agencies named Badan or Balai', [
	// A comma after the office introduces the speaker's name, which is not part of the office.
	{ input: 'Kepala Badan Pengelolaan Keuangan Daerah Kalteng, Sari Dewi, hadir.', expected: [{ name: 'Badan Pengelolaan Keuangan Daerah Provinsi Kalimantan Tengah', family: 'badan', base: 'Badan Pengelolaan Keuangan Daerah', parent: 'local-government' }] },
	{ input: 'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) merilis peta angin.', expected: [{ name: 'Badan Meteorologi, Klimatologi, dan Geofisika', regionCode: null }] },
	{ input: 'Balai Besar Wilayah Sungai Kalimantan bekerja.', expected: [{ name: 'Balai Besar Wilayah Sungai Kalimantan', parent: null }] },
	// Legislature units are not agencies.
	{ input: 'Badan Anggaran DPRD Kalteng rapat.', expected: [{ name: 'DPRD Provinsi Kalimantan Tengah', unit: 'Badan Anggaran' }] }
]);
