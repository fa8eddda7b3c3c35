import { describeRows } from './test-table';

// Fictional sentences.
describeRows('regional offices (Kanwil)', [
	{ input: 'Kanwil Ditjenpas Kalteng bersinergi.', expected: [{ name: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Tengah', family: 'kanwil', base: 'Kantor Wilayah', parent: 'Direktorat Jenderal Pemasyarakatan', regionCode: '62' }] },
	{ input: 'Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Tengah, Bambang Sutrisno, hadir.', expected: [{ name: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Tengah' }] },
	{ input: 'Kepala Kantor Wilayah (Kakanwil) Ditjenpas Sulawesi Tengah (Sulteng) meninjau blok hunian.', expected: [{ name: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Sulawesi Tengah' }] },
	{ input: 'Kakanwil Ditjenpas Kalteng meninjau blok hunian.', expected: [{ name: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Tengah', role: 'Kakanwil' }] },
	{ input: 'Kanwil Kemenag Kalteng menggelar pelatihan.', expected: [{ name: 'Kantor Wilayah Kementerian Agama Kalimantan Tengah', parent: 'Kementerian Agama' }] },
	// The parent is the body read, whatever the region is called ("DKI Jakarta" is not its gazetteer name).
	{ input: 'Kanwil Kemenkumham DKI Jakarta membuka layanan.', expected: [{ name: 'Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia DKI Jakarta', parent: 'Kementerian Hukum dan Hak Asasi Manusia' }] },
	{ input: 'Kanwil Kalteng membuka layanan.', expected: [{ name: 'Kantor Wilayah Kalimantan Tengah', parent: null }] },
	// Without a region the Kanwil takes the province the article is about.
	{ input: 'PALANGKA RAYA – Kanwil Ditjenpas membuka layanan.', expected: [{ name: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Tengah' }] }
]);
