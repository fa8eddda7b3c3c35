import { describeRows } from './test-table';

// Fictional sentences.
describeRows('fixed names', [
	{ input: 'Polri mengerahkan personel.', expected: [{ name: 'Kepolisian Negara Republik Indonesia', family: 'fixed', parent: null }] },
	{ input: 'Kapolri memberi arahan.', expected: [{ name: 'Kepolisian Negara Republik Indonesia', role: 'Kapolri' }] },
	{ input: 'TNI membantu warga.', expected: [{ name: 'Tentara Nasional Indonesia' }] },
	{ input: 'KPK memeriksa saksi.', expected: [{ name: 'Komisi Pemberantasan Korupsi' }] },
	{ input: 'BMKG memprediksi hujan.', expected: [{ name: 'Badan Meteorologi, Klimatologi, dan Geofisika', family: 'fixed' }] },
	{ input: 'Mahkamah Konstitusi menolak gugatan.', expected: [{ name: 'Mahkamah Konstitusi Republik Indonesia' }] },
	{ input: 'Presiden meminta laporan.', expected: [{ name: 'Presiden Republik Indonesia', role: 'Presiden' }] },
	{ input: 'Pemerintah pusat membantu.', expected: [{ name: 'Pemerintah Republik Indonesia', family: 'fixed' }] },
	{ input: 'KSP memantau program.', expected: [{ name: 'Kantor Staf Presiden' }] },
	{ input: 'Ditjenpas menggelar lomba.', expected: [{ name: 'Direktorat Jenderal Pemasyarakatan', family: 'fixed' }] },
	{ input: 'DPD RI mengunjungi daerah.', expected: [{ name: 'DPD RI' }] },
	{ input: 'MPR menggelar sidang tahunan.', expected: [{ name: 'MPR RI' }] },
	{ input: 'DPRA bersidang malam ini.', expected: [{ name: 'DPR Aceh', family: 'fixed' }] },
	{ input: 'DPR RI memanggil menteri.', expected: [{ name: 'DPR RI', family: 'dpr', base: 'DPR RI' }] },
	{ input: 'The House of Representatives (DPR) passed it.', lang: 'en', expected: [{ name: 'DPR RI', family: 'dpr' }] },
	{ input: 'The police will guard the polling stations.', lang: 'en', expected: [{ name: 'Kepolisian Negara Republik Indonesia' }] },
	{ input: 'House Speaker Rudi Hartono spoke.', lang: 'en', expected: [{ name: 'DPR RI', role: 'House Speaker' }] },
	{ input: 'The Presidential Staff Office monitors it.', lang: 'en', expected: [{ name: 'Kantor Staf Presiden' }] },
	// Common words only as proper nouns, and English names only in English.
	{ input: 'the house was quiet', lang: 'en', expected: [] },
	{ input: 'Rapat di house itu ramai.', expected: [] }
]);
