import { describeRows } from './test-table';

// Fictional sentences.
describeRows('DPRD', [
	{ input: 'Ketua DPRD Kalteng hadir.', expected: [{ name: 'DPRD Provinsi Kalimantan Tengah', family: 'dprd', base: 'DPRD', parent: null, regionCode: '62' }] },
	{ input: 'DPRD Provinsi Kalteng menggelar rapat.', expected: [{ name: 'DPRD Provinsi Kalimantan Tengah' }] },
	{ input: 'DPRD Kotim menerima tamu.', expected: [{ name: 'DPRD Kabupaten Kotawaringin Timur', regionCode: '62.02' }] },
	{ input: 'Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Kotawaringin Timur bersidang.', expected: [{ name: 'DPRD Kabupaten Kotawaringin Timur' }] },
	{ input: 'DPRD Kota Palangka Raya membahas raperda.', expected: [{ name: 'DPRD Kota Palangka Raya' }] },
	{ input: 'DPRD Jember menolak usulan.', expected: [{ name: 'DPRD Kabupaten Jember' }] },
	{ input: 'DPRD Jabar dan DPRD Jateng bertemu.', expected: [{ name: 'DPRD Provinsi Jawa Barat' }, { name: 'DPRD Provinsi Jawa Tengah' }] },
	{ input: 'DPRD Sulsel menyetujui.', expected: [{ name: 'DPRD Provinsi Sulawesi Selatan' }] },
	{ input: 'DPRD Kukar menolak.', expected: [{ name: 'DPRD Kabupaten Kutai Kartanegara' }] },
	{ input: 'DPRK Aceh Besar menggelar paripurna.', expected: [{ name: 'DPRK Aceh Besar', base: 'DPRK' }] },
	// A bare "DPRD" is the regional DPRD named before it.
	{ input: 'DPRD Provinsi Lampung bersidang. DPRD lalu menyetujui.', expected: [{ name: 'DPRD Provinsi Lampung' }, { name: 'DPRD Provinsi Lampung', regionCode: '18' }] },
	{ input: 'DPRD menolak usulan itu.', expected: [{ name: 'DPRD', regionCode: null }] },
	// English puts the region first.
	{ input: 'The Central Java DPRD approved the plan.', lang: 'en', expected: [{ name: 'DPRD Provinsi Jawa Tengah', regionCode: '33' }] },
	{ input: 'The Surabaya City DPRD will hold hearings.', lang: 'en', expected: [{ name: 'DPRD Kota Surabaya' }] },
	{ input: 'Members of the Jember DPRD spoke.', lang: 'en', expected: [{ name: 'DPRD Kabupaten Jember' }] }
]);
