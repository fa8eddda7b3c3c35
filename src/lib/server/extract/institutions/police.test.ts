import { describeRows } from './test-table';

// Fictional sentences.
describeRows('regional police', [
	{ input: 'Kapolda Kalteng memimpin apel.', expected: [{ name: 'Kepolisian Daerah Kalimantan Tengah', family: 'polda', base: 'Kepolisian Daerah', parent: 'national-police', role: 'Kapolda' }] },
	{ input: 'Polda Malut menangkap pelaku.', expected: [{ name: 'Kepolisian Daerah Maluku Utara', role: null }] },
	{ input: 'Kapolres Kotim berjaga.', expected: [{ name: 'Kepolisian Resor Kotawaringin Timur', family: 'polres', base: 'Kepolisian Resor', parent: 'province-police', regionCode: '62.02' }] },
	{ input: 'Kapolresta Palangka Raya meninjau pos.', expected: [{ name: 'Kepolisian Resor Kota Palangka Raya', base: 'Kepolisian Resor Kota', role: 'Kapolresta' }] },
	// An office with no region anywhere in the article names nothing.
	{ input: 'Kapolda memberi arahan.', expected: [] },
	{ input: 'Polda Kalteng bersiaga. Kapolda lalu memberi arahan.', expected: [{ name: 'Kepolisian Daerah Kalimantan Tengah' }, { name: 'Kepolisian Daerah Kalimantan Tengah', role: 'Kapolda' }] }
]);
