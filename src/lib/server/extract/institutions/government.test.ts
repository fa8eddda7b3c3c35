import { describeRows } from './test-table';

// Fictional sentences.
describeRows('regional governments', [
	{ input: 'Pemerintah Provinsi Kalimantan Barat berkomitmen.', expected: [{ name: 'Pemerintah Provinsi Kalimantan Barat', family: 'pemerintah', base: 'Pemerintah', parent: null }] },
	{ input: 'Pemprov Kalteng menyiapkan dana.', expected: [{ name: 'Pemerintah Provinsi Kalimantan Tengah' }] },
	{ input: 'Pemkab Kotim membangun jalan.', expected: [{ name: 'Pemerintah Kabupaten Kotawaringin Timur' }] },
	{ input: 'Pemkot Kendari menata sungai.', expected: [{ name: 'Pemerintah Kota Kendari' }] },
	{ input: 'Pemerintah Kota (Pemkot) Kendari bekerja.', expected: [{ name: 'Pemerintah Kota Kendari' }] },
	// A bare short form takes the region of the dateline; without one it names nothing.
	{ input: 'KOTAWARINGIN TIMUR – Pemkab menyiapkan lahan.', expected: [{ name: 'Pemerintah Kabupaten Kotawaringin Timur' }] },
	{ input: 'Pemkab menyiapkan lahan.', expected: [] },
	{ input: 'The Kampar Regency Government will build kitchens.', lang: 'en', expected: [{ name: 'Pemerintah Kabupaten Kampar', family: 'pemerintah' }] },
	{ input: 'Kampar Regency officials met farmers.', lang: 'en', expected: [] },
	{ input: 'The Provincial Government of Central Java will open clinics.', lang: 'en', expected: [{ name: 'Pemerintah Provinsi Jawa Tengah', regionCode: '33' }] },
	{ input: 'The Regency Government of East Kotawaringin pledged roads.', lang: 'en', expected: [{ name: 'Pemerintah Kabupaten Kotawaringin Timur', regionCode: '62.02' }] }
]);
