import { describeRows } from './test-table';

// Fictional sentences.
describeRows('courts and prosecutors', [
	{ input: 'Pengadilan Negeri Sampit memutus perkara.', expected: [{ name: 'Pengadilan Negeri Sampit', family: 'court', base: 'Pengadilan Negeri', parent: null }] },
	{ input: 'Kejari Kotim menahan tersangka.', expected: [{ name: 'Kejaksaan Negeri Kotawaringin Timur', regionCode: '62.02' }] },
	{ input: 'Kejati Kalteng menyita aset.', expected: [{ name: 'Kejaksaan Tinggi Kalimantan Tengah', base: 'Kejaksaan Tinggi' }] },
	{ input: 'Pengadilan Agama menerima gugatan.', expected: [{ name: 'Pengadilan Agama' }] }
]);
