import { describeRows } from './test-table';

// Fictional sentences.
describeRows('regional agencies (Dinas)', [
	{ input: 'Dinas Kesehatan Provinsi Kalbar memeriksa dapur.', expected: [{ name: 'Dinas Kesehatan Provinsi Kalimantan Barat', family: 'dinas', base: 'Dinas Kesehatan', parent: 'local-government' }] },
	{ input: 'Dinas PUPR Kotim memperbaiki jalan.', expected: [{ name: 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Kotawaringin Timur', base: 'Dinas Pekerjaan Umum dan Penataan Ruang' }] },
	{ input: 'Dinas Pendidikan Kota Kendari menambah guru.', expected: [{ name: 'Dinas Pendidikan Kota Kendari' }] },
	{ input: 'Dinkes Kotim menggelar vaksinasi.', expected: [{ name: 'Dinas Kesehatan Kabupaten Kotawaringin Timur' }] },
	{ input: 'Satpol Kotim menertibkan pasar.', expected: [{ name: 'Satuan Polisi Pamong Praja Kabupaten Kotawaringin Timur', parent: 'local-government' }] },
	// Without a region a Dinas takes the regency the article is about.
	{ input: 'KOTAWARINGIN TIMUR – Dinas Sosial menyalurkan bantuan.', expected: [{ name: 'Dinas Sosial Kabupaten Kotawaringin Timur' }] },
	{ input: 'Dinas Sosial menyalurkan bantuan.', expected: [{ name: 'Dinas Sosial', regionCode: null }] }
]);
