import { describeRows } from './test-table';

// Fictional sentences.
describeRows('ministries', [
	{ input: 'Kementerian Dalam Negeri (Kemendagri) mengundang.', expected: [{ name: 'Kementerian Dalam Negeri', family: 'ministry', base: 'Kementerian Dalam Negeri', parent: null, role: null }] },
	{ input: 'Kemendagri mengevaluasi.', expected: [{ name: 'Kementerian Dalam Negeri' }] },
	{ input: 'Kemenkeu mencairkan dana.', expected: [{ name: 'Kementerian Keuangan' }] },
	// A known name ends the ministry, so the person's name after it is not part of it.
	{ input: 'Menteri Perdagangan Yusuf Rahman dipanggil.', expected: [{ name: 'Kementerian Perdagangan', role: 'Menteri Perdagangan' }] },
	{ input: 'Wakil Menteri Keuangan hadir.', expected: [{ name: 'Kementerian Keuangan', role: 'Wakil Menteri Keuangan' }] },
	{ input: 'Kementerian Pariwisata mempromosikan desa.', expected: [{ name: 'Kementerian Pariwisata' }] },
	{ input: 'The Finance Ministry pledged new transfers.', lang: 'en', expected: [{ name: 'Kementerian Keuangan', role: null }] },
	{ input: 'Home Affairs Minister Rina Sari spoke in Jakarta.', lang: 'en', expected: [{ name: 'Kementerian Dalam Negeri', role: 'Menteri Dalam Negeri' }] },
	{ input: 'The Ministry of Home Affairs agreed.', lang: 'en', expected: [{ name: 'Kementerian Dalam Negeri' }] },
	{ input: 'Health officials met the Finance team.', lang: 'en', expected: [] }
]);
