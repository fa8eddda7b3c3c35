import { describeRows } from './test-table';

// Fictional sentences.
describeRows('directorates general', [
	{ input: 'Direktorat Jenderal Pemasyarakatan (Ditjenpas) hadir.', expected: [{ name: 'Direktorat Jenderal Pemasyarakatan', family: 'ditjen', parent: null }] },
	// A comma before the speaker's name, or a region, ends the name.
	{ input: 'Direktorat Jenderal Bina Keuangan Daerah, Sari Dewi, hadir.', expected: [{ name: 'Direktorat Jenderal Bina Keuangan Daerah' }] },
	{ input: 'Direktorat Jenderal Imigrasi Kalimantan Tengah berbenah.', expected: [{ name: 'Direktorat Jenderal Imigrasi', regionCode: null }] },
	{ input: 'Direktorat itu berbenah.', expected: [] }
]);
