import { describeRows } from './test-table';

// Fictional sentences.
describeRows('legislature units', [
	{ input: 'Komisi II DPRD Kotim meninjau pasar.', expected: [{ name: 'DPRD Kabupaten Kotawaringin Timur', family: 'dprd', unit: 'Komisi II' }] },
	{ input: 'Fraksi Karya DPRD Kalteng menolak.', expected: [{ name: 'DPRD Provinsi Kalimantan Tengah', unit: 'Fraksi Karya' }] },
	{ input: 'Bapemperda DPRD Kota Palangka Raya bekerja.', expected: [{ name: 'DPRD Kota Palangka Raya', unit: 'Bapemperda' }] },
	{ input: 'Komisi VI DPR meminta data.', expected: [{ name: 'DPR RI', unit: 'Komisi VI' }] },
	// A unit alone speaks for the legislature named before it.
	{ input: 'DPRD Kalbar rapat. Banggar lalu membahas.', expected: [{ name: 'DPRD Provinsi Kalimantan Barat', unit: null }, { name: 'DPRD Provinsi Kalimantan Barat', family: 'unit', unit: 'Badan Anggaran' }] },
	{ input: 'Pansus bekerja sampai malam.', expected: [{ name: 'DPRD', family: 'unit', unit: 'Pansus', regionCode: null }] }
]);
