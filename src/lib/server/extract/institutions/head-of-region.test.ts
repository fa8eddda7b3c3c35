import { describeRows } from './test-table';

// Fictional sentences.
describeRows('heads of regions', [
	{ input: 'Gubernur Kalteng meresmikan jembatan.', expected: [{ name: 'Pemerintah Provinsi Kalimantan Tengah', family: 'head', base: 'Pemerintah', role: 'Gubernur' }] },
	{ input: 'Bupati Kotim meninjau banjir.', expected: [{ name: 'Pemerintah Kabupaten Kotawaringin Timur', role: 'Bupati' }] },
	{ input: 'Wali Kota Kendari membuka pasar.', expected: [{ name: 'Pemerintah Kota Kendari', role: 'Wali Kota' }] },
	{ input: 'Wakil Bupati Garut hadir.', expected: [{ name: 'Pemerintah Kabupaten Garut', role: 'Wakil Bupati' }] },
	{ input: 'Bupati Nias Barat Yosua Halawa berpidato.', expected: [{ name: 'Pemerintah Kabupaten Nias Barat' }] },
	{ input: 'Warga menyambut pak bupati Garut di balai desa.', expected: [{ name: 'Pemerintah Kabupaten Garut' }] },
	// A bare office takes the region named before it; without one it names nothing.
	{ input: 'Pemprov Lampung bekerja. Wakil Gubernur Sari Dewi hadir.', expected: [{ name: 'Pemerintah Provinsi Lampung', family: 'pemerintah' }, { name: 'Pemerintah Provinsi Lampung', family: 'head' }] },
	{ input: 'Bupati datang tanpa nama daerah.', expected: [] },
	{ input: 'Kampar Regent Dedi Putra met farmers.', lang: 'en', expected: [{ name: 'Pemerintah Kabupaten Kampar', family: 'head', role: 'Regent' }] }
]);
