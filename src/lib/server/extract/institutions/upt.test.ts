import { describeRows } from './test-table';

// Fictional sentences.
describeRows('technical units (UPT)', [
	{ input: 'Unit Pelaksana Teknis (UPT) Pemasyarakatan dibenahi.', expected: [{ name: 'Unit Pelaksana Teknis Pemasyarakatan', family: 'upt', parent: null }] },
	{ input: 'UPT Puskesmas Baamang melayani warga.', expected: [{ name: 'Unit Pelaksana Teknis Puskesmas Baamang' }] },
	// Only the acronym in capitals.
	{ input: 'Data upt itu lengkap.', expected: [] }
]);
