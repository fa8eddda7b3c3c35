import { describeRows } from './test-table';

// Fictional sentences. The longest reading wins; on a tie, the family listed first.
describeRows('matcher order', [
	{ input: 'Komisi II DPRD Kotim meninjau pasar.', expected: [{ name: 'DPRD Kabupaten Kotawaringin Timur', unit: 'Komisi II' }] },
	// The prison matcher comes before the Badan/Balai one.
	{ input: 'Balai Pemasyarakatan Palangka Raya membina klien.', expected: [{ name: 'Balai Pemasyarakatan Palangka Raya', family: 'lapas' }] },
	// The fixed name comes before the DPR matcher's reading of the same words.
	{ input: 'DPR Aceh mengesahkan qanun.', expected: [{ name: 'DPR Aceh', family: 'fixed' }] }
]);
