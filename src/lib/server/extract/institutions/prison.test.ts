import { describeRows } from './test-table';

// Fictional sentences.
describeRows('correctional facilities', [
	{ input: 'Lembaga Pemasyarakatan (Lapas) Kelas IIB Sumedang menanam sayur.', expected: [{ name: 'Lembaga Pemasyarakatan Kelas IIB Sumedang', family: 'lapas', base: 'Lembaga Pemasyarakatan', parent: 'province-corrections' }] },
	// A later mention of the same place is the same facility.
	{ input: 'Lapas Kelas IIA Garut berbenah. Lapas Garut juga.', expected: [{ name: 'Lembaga Pemasyarakatan Kelas IIA Garut' }, { name: 'Lembaga Pemasyarakatan Kelas IIA Garut' }] },
	{ input: 'Lapas Kelas IIA Garut berbenah. Kalapas menyambut tamu.', expected: [{ name: 'Lembaga Pemasyarakatan Kelas IIA Garut' }, { name: 'Lembaga Pemasyarakatan Kelas IIA Garut', role: 'Kalapas' }] },
	{ input: 'Rutan Kelas IIB Sampit penuh.', expected: [{ name: 'Rumah Tahanan Negara Kelas IIB Sampit', base: 'Rumah Tahanan Negara' }] },
	{ input: 'Bapas Palangka Raya membina klien.', expected: [{ name: 'Balai Pemasyarakatan Palangka Raya', base: 'Balai Pemasyarakatan', regionCode: '62.71' }] },
	{ input: 'Kepala Balai Pemasyarakatan Palangka Raya, Joko Susilo, hadir.', expected: [{ name: 'Balai Pemasyarakatan Palangka Raya', family: 'lapas' }] },
	{ input: 'Lapas Perempuan Palangka Raya menggelar pelatihan.', expected: [{ name: 'Lembaga Pemasyarakatan Perempuan Palangka Raya' }] },
	{ input: 'LPKA Palangka Raya membina anak.', expected: [{ name: 'Lembaga Pembinaan Khusus Anak Palangka Raya', parent: null }] }
]);
