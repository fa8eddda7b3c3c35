// Names of Indonesian institutions as news writes them: acronyms, short forms and the full
// canonical names they stand for. Data only; find-institutions.ts does the matching.
import type { InstitutionKind } from '../../domain/statement';

export interface FixedInstitution {
	/** Lower-case token sequence as written ("kantor staf presiden", "kpk"). */
	phrase: string;
	name: string;
	kind: InstitutionKind;
	/** Title carried by the phrase itself ("Kapolri", "Presiden"), if the phrase names a person's office. */
	role?: string;
	/** Only in English text (e.g. "the House"), to avoid reading Indonesian words as English. */
	lang?: 'en';
}

const POLRI = 'Kepolisian Negara Republik Indonesia';
const RI_GOV = 'Pemerintah Republik Indonesia';
const PRESIDEN = 'Presiden Republik Indonesia';
const KSP = 'Kantor Staf Presiden';
const DPR = 'DPR RI';

/** National institutions with a fixed name, matched longest phrase first. */
export const FIXED_INSTITUTIONS: readonly FixedInstitution[] = [
	{ phrase: 'polri', name: POLRI, kind: 'agency' },
	{ phrase: 'kepolisian negara republik indonesia', name: POLRI, kind: 'agency' },
	{ phrase: 'kepolisian ri', name: POLRI, kind: 'agency' },
	{ phrase: 'mabes polri', name: POLRI, kind: 'agency' },
	{ phrase: 'kapolri', name: POLRI, kind: 'agency', role: 'Kapolri' },
	{ phrase: 'national police', name: POLRI, kind: 'agency', lang: 'en' },
	{ phrase: 'the police', name: POLRI, kind: 'agency', lang: 'en' },
	{ phrase: 'tni', name: 'Tentara Nasional Indonesia', kind: 'agency' },
	{ phrase: 'tentara nasional indonesia', name: 'Tentara Nasional Indonesia', kind: 'agency' },
	{ phrase: 'panglima tni', name: 'Tentara Nasional Indonesia', kind: 'agency', role: 'Panglima TNI' },
	{ phrase: 'kpk', name: 'Komisi Pemberantasan Korupsi', kind: 'agency' },
	{ phrase: 'komisi pemberantasan korupsi', name: 'Komisi Pemberantasan Korupsi', kind: 'agency' },
	{ phrase: 'bpk', name: 'Badan Pemeriksa Keuangan', kind: 'agency' },
	{ phrase: 'bpkp', name: 'Badan Pengawasan Keuangan dan Pembangunan', kind: 'agency' },
	{ phrase: 'bmkg', name: 'Badan Meteorologi, Klimatologi, dan Geofisika', kind: 'agency' },
	{ phrase: 'bnpb', name: 'Badan Nasional Penanggulangan Bencana', kind: 'agency' },
	{ phrase: 'bnn', name: 'Badan Narkotika Nasional', kind: 'agency' },
	{ phrase: 'bps', name: 'Badan Pusat Statistik', kind: 'agency' },
	{ phrase: 'kpu', name: 'Komisi Pemilihan Umum', kind: 'agency' },
	{ phrase: 'bawaslu', name: 'Badan Pengawas Pemilihan Umum', kind: 'agency' },
	{ phrase: 'ombudsman', name: 'Ombudsman Republik Indonesia', kind: 'agency' },
	{ phrase: 'basarnas', name: 'Badan Nasional Pencarian dan Pertolongan', kind: 'agency' },
	{ phrase: 'bulog', name: 'Perum Bulog', kind: 'other' },
	{ phrase: 'pln', name: 'PT PLN (Persero)', kind: 'other' },
	{ phrase: 'pertamina', name: 'PT Pertamina (Persero)', kind: 'other' },
	{ phrase: 'ojk', name: 'Otoritas Jasa Keuangan', kind: 'agency' },
	{ phrase: 'bank indonesia', name: 'Bank Indonesia', kind: 'agency' },
	{ phrase: 'ksp', name: KSP, kind: 'executive' },
	{ phrase: 'kantor staf presiden', name: KSP, kind: 'executive' },
	{ phrase: 'kepala staf kepresidenan', name: KSP, kind: 'executive', role: 'Kepala Staf Kepresidenan' },
	{ phrase: 'presidential staff office', name: KSP, kind: 'executive', lang: 'en' },
	{ phrase: 'presiden ri', name: PRESIDEN, kind: 'executive', role: 'Presiden' },
	{ phrase: 'presiden republik indonesia', name: PRESIDEN, kind: 'executive', role: 'Presiden' },
	{ phrase: 'presiden', name: PRESIDEN, kind: 'executive', role: 'Presiden' },
	{ phrase: 'wakil presiden', name: 'Wakil Presiden Republik Indonesia', kind: 'executive', role: 'Wakil Presiden' },
	{ phrase: 'president', name: PRESIDEN, kind: 'executive', role: 'President', lang: 'en' },
	{ phrase: 'pemerintah pusat', name: RI_GOV, kind: 'executive' },
	{ phrase: 'pemerintah ri', name: RI_GOV, kind: 'executive' },
	{ phrase: 'pemerintah republik indonesia', name: RI_GOV, kind: 'executive' },
	{ phrase: 'central government', name: RI_GOV, kind: 'executive', lang: 'en' },
	{ phrase: 'government of indonesia', name: RI_GOV, kind: 'executive', lang: 'en' },
	{ phrase: 'indonesian government', name: RI_GOV, kind: 'executive', lang: 'en' },
	{ phrase: 'mahkamah agung', name: 'Mahkamah Agung Republik Indonesia', kind: 'judiciary' },
	{ phrase: 'mahkamah konstitusi', name: 'Mahkamah Konstitusi Republik Indonesia', kind: 'judiciary' },
	{ phrase: 'supreme court', name: 'Mahkamah Agung Republik Indonesia', kind: 'judiciary', lang: 'en' },
	{ phrase: 'constitutional court', name: 'Mahkamah Konstitusi Republik Indonesia', kind: 'judiciary', lang: 'en' },
	{ phrase: 'kejaksaan agung', name: 'Kejaksaan Agung Republik Indonesia', kind: 'judiciary' },
	{ phrase: 'kejagung', name: 'Kejaksaan Agung Republik Indonesia', kind: 'judiciary' },
	{ phrase: 'jaksa agung', name: 'Kejaksaan Agung Republik Indonesia', kind: 'judiciary', role: 'Jaksa Agung' },
	{ phrase: 'ditjenpas', name: 'Direktorat Jenderal Pemasyarakatan', kind: 'agency' },
	{ phrase: 'ditjen pas', name: 'Direktorat Jenderal Pemasyarakatan', kind: 'agency' },
	{ phrase: 'ditjen pemasyarakatan', name: 'Direktorat Jenderal Pemasyarakatan', kind: 'agency' },
	{ phrase: 'ditjen imigrasi', name: 'Direktorat Jenderal Imigrasi', kind: 'agency' },
	{ phrase: 'djp', name: 'Direktorat Jenderal Pajak', kind: 'agency' },
	{ phrase: 'dpr ri', name: DPR, kind: 'legislature' },
	{ phrase: 'dpr-ri', name: DPR, kind: 'legislature' },
	{ phrase: 'dpr republik indonesia', name: DPR, kind: 'legislature' },
	{ phrase: 'dewan perwakilan rakyat republik indonesia', name: DPR, kind: 'legislature' },
	{ phrase: 'dpd ri', name: 'DPD RI', kind: 'legislature' },
	{ phrase: 'dewan perwakilan daerah', name: 'DPD RI', kind: 'legislature' },
	{ phrase: 'mpr', name: 'MPR RI', kind: 'legislature' },
	{ phrase: 'mpr ri', name: 'MPR RI', kind: 'legislature' },
	{ phrase: 'majelis permusyawaratan rakyat', name: 'MPR RI', kind: 'legislature' },
	{ phrase: 'dpra', name: 'DPR Aceh', kind: 'legislature' },
	{ phrase: 'dpr aceh', name: 'DPR Aceh', kind: 'legislature' },
	{ phrase: 'dewan perwakilan rakyat aceh', name: 'DPR Aceh', kind: 'legislature' },
	{ phrase: 'dprp', name: 'DPR Papua', kind: 'legislature' },
	{ phrase: 'dpr papua', name: 'DPR Papua', kind: 'legislature' },
	{ phrase: 'house of representatives', name: DPR, kind: 'legislature', lang: 'en' },
	{ phrase: 'house speaker', name: DPR, kind: 'legislature', role: 'House Speaker', lang: 'en' },
	{ phrase: 'speaker of the house', name: DPR, kind: 'legislature', role: 'House Speaker', lang: 'en' },
	{ phrase: 'house', name: DPR, kind: 'legislature', lang: 'en' },
	{ phrase: 'parliament', name: DPR, kind: 'legislature', lang: 'en' },
	{ phrase: 'people\'s consultative assembly', name: 'MPR RI', kind: 'legislature', lang: 'en' },
	{ phrase: 'regional representative council', name: 'DPD RI', kind: 'legislature', lang: 'en' }
];

/** Ministry short forms → the ministry's name after "Kementerian". */
export const MINISTRY_ACRONYMS: Record<string, string> = {
	kemendagri: 'Dalam Negeri',
	kemenkeu: 'Keuangan',
	kemendag: 'Perdagangan',
	kemenkes: 'Kesehatan',
	kemendikbud: 'Pendidikan dan Kebudayaan',
	kemendikbudristek: 'Pendidikan, Kebudayaan, Riset, dan Teknologi',
	kemendikdasmen: 'Pendidikan Dasar dan Menengah',
	kementan: 'Pertanian',
	kemensos: 'Sosial',
	kemenag: 'Agama',
	kemenkumham: 'Hukum dan Hak Asasi Manusia',
	kemenkum: 'Hukum',
	kemenimipas: 'Imigrasi dan Pemasyarakatan',
	kemenhub: 'Perhubungan',
	kemenpupr: 'Pekerjaan Umum dan Perumahan Rakyat',
	kemenpu: 'Pekerjaan Umum',
	kemenhan: 'Pertahanan',
	kemenlu: 'Luar Negeri',
	kemnaker: 'Ketenagakerjaan',
	kemenaker: 'Ketenagakerjaan',
	kemenpora: 'Pemuda dan Olahraga',
	kemenkominfo: 'Komunikasi dan Informatika',
	kominfo: 'Komunikasi dan Informatika',
	komdigi: 'Komunikasi dan Digital',
	kemendes: 'Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi',
	kemenpar: 'Pariwisata',
	kemenperin: 'Perindustrian',
	kemenesdm: 'Energi dan Sumber Daya Mineral',
	klhk: 'Lingkungan Hidup dan Kehutanan',
	kkp: 'Kelautan dan Perikanan',
	kemenpppa: 'Pemberdayaan Perempuan dan Perlindungan Anak',
	kemenpanrb: 'Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'
};

/** Ministry names as they follow "Kementerian" / "Menteri", so a person's name after them is not eaten. */
export const MINISTRY_NAMES: readonly string[] = [
	...new Set(Object.values(MINISTRY_ACRONYMS)),
	'BUMN',
	'Sekretariat Negara',
	'Agraria dan Tata Ruang',
	'Investasi',
	'Koperasi dan UKM',
	'Koperasi',
	'Lingkungan Hidup',
	'Kehutanan',
	'Perumahan dan Kawasan Permukiman',
	'Hak Asasi Manusia',
	'Kependudukan dan Pembangunan Keluarga',
	'Kebudayaan',
	'Pendidikan Tinggi, Sains, dan Teknologi',
	'Kelautan dan Perikanan',
	'Keuangan',
	'Dalam Negeri'
];

/** English ministry names → the Indonesian ministry name. */
export const ENGLISH_MINISTRIES: Record<string, string> = {
	'home affairs': 'Dalam Negeri',
	finance: 'Keuangan',
	trade: 'Perdagangan',
	health: 'Kesehatan',
	agriculture: 'Pertanian',
	'social affairs': 'Sosial',
	'religious affairs': 'Agama',
	'law and human rights': 'Hukum dan Hak Asasi Manusia',
	law: 'Hukum',
	transportation: 'Perhubungan',
	'public works and public housing': 'Pekerjaan Umum dan Perumahan Rakyat',
	'public works': 'Pekerjaan Umum',
	defense: 'Pertahanan',
	'foreign affairs': 'Luar Negeri',
	manpower: 'Ketenagakerjaan',
	education: 'Pendidikan Dasar dan Menengah',
	'state-owned enterprises': 'BUMN',
	'environment and forestry': 'Lingkungan Hidup dan Kehutanan',
	'maritime affairs and fisheries': 'Kelautan dan Perikanan',
	'communication and information technology': 'Komunikasi dan Informatika',
	industry: 'Perindustrian',
	tourism: 'Pariwisata'
};

/** Regional agency short forms → full name (a region is appended when the text gives one). */
export const AGENCY_ACRONYMS: Record<string, string> = {
	bappeda: 'Badan Perencanaan Pembangunan Daerah',
	bpbd: 'Badan Penanggulangan Bencana Daerah',
	bapenda: 'Badan Pendapatan Daerah',
	bkd: 'Badan Kepegawaian Daerah',
	bpkad: 'Badan Pengelolaan Keuangan dan Aset Daerah',
	dinkes: 'Dinas Kesehatan',
	disdik: 'Dinas Pendidikan',
	disdikbud: 'Dinas Pendidikan dan Kebudayaan',
	dishub: 'Dinas Perhubungan',
	dinsos: 'Dinas Sosial',
	disnaker: 'Dinas Tenaga Kerja',
	dlh: 'Dinas Lingkungan Hidup',
	satpol: 'Satuan Polisi Pamong Praja',
	inspektorat: 'Inspektorat Daerah'
};

/** Acronyms that follow "Dinas" in place of the full name: "Dinas PUPR". */
export const DINAS_ACRONYMS: Record<string, string> = {
	pupr: 'Pekerjaan Umum dan Penataan Ruang',
	pu: 'Pekerjaan Umum',
	perkim: 'Perumahan dan Kawasan Permukiman',
	dukcapil: 'Kependudukan dan Pencatatan Sipil',
	pmd: 'Pemberdayaan Masyarakat dan Desa',
	kominfo: 'Komunikasi dan Informatika'
};

/** Units inside a legislature that speak for it; the pledge's actor is the legislature. */
export const LEGISLATURE_UNITS: Record<string, string> = {
	bapemperda: 'Bapemperda',
	'badan pembentukan peraturan daerah': 'Bapemperda',
	banggar: 'Badan Anggaran',
	'badan anggaran': 'Badan Anggaran',
	bamus: 'Badan Musyawarah',
	'badan musyawarah': 'Badan Musyawarah',
	'badan kehormatan': 'Badan Kehormatan',
	pansus: 'Pansus',
	'panitia khusus': 'Pansus',
	'badan legislasi': 'Badan Legislasi',
	baleg: 'Badan Legislasi'
};

/** Offices that are both a person's title and the executive they head. */
export const HEAD_OF_REGION: Record<string, { role: string; level: 'province' | 'regency' | 'city' }> = {
	gubernur: { role: 'Gubernur', level: 'province' },
	'wakil gubernur': { role: 'Wakil Gubernur', level: 'province' },
	'penjabat gubernur': { role: 'Penjabat Gubernur', level: 'province' },
	'pj gubernur': { role: 'Pj Gubernur', level: 'province' },
	'plt gubernur': { role: 'Plt Gubernur', level: 'province' },
	governor: { role: 'Governor', level: 'province' },
	bupati: { role: 'Bupati', level: 'regency' },
	'wakil bupati': { role: 'Wakil Bupati', level: 'regency' },
	'pj bupati': { role: 'Pj Bupati', level: 'regency' },
	'plt bupati': { role: 'Plt Bupati', level: 'regency' },
	regent: { role: 'Regent', level: 'regency' },
	'wali kota': { role: 'Wali Kota', level: 'city' },
	walikota: { role: 'Wali Kota', level: 'city' },
	'wakil wali kota': { role: 'Wakil Wali Kota', level: 'city' },
	'wakil walikota': { role: 'Wakil Wali Kota', level: 'city' },
	'pj wali kota': { role: 'Pj Wali Kota', level: 'city' },
	mayor: { role: 'Mayor', level: 'city' }
};
