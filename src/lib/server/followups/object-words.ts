// The words that say what a pledge or a follow-up is about ("puskesmas rawat inap", "sirene
// tsunami", "covered market"), as comparable keys: Indonesian words by their rough stem, English
// words mapped to the Indonesian word for the same thing, so an English report can answer an
// Indonesian pledge. Commitment and delivery verbs, institution words, money and calendar words are
// left out: they say that something was promised or done, not what. Pure.
import { roughStem } from '../extract/tokens';

// Words every pledge and report use: they never show two sentences are about the same thing.
const STOP = new Set(
	`yang dan di ke dari untuk pada dalam dengan oleh itu ini tersebut para bagi sebagai atau juga akan telah sudah baru
	belum masih kini lagi agar supaya karena sejak hingga sampai setelah sebelum antara serta tidak tak bisa dapat harus
	ada adalah ia mereka kami kita pihaknya dia kata ujar mengatakan menyatakan menegaskan memastikan menurut kembali
	senin selasa rabu kamis jumat sabtu minggu pekan bulan tahun hari kemarin depan lalu ini akhir awal pertengahan
	januari februari maret april mei juni juli agustus september oktober november desember
	rp rupiah miliar milyar juta triliun ribu sebesar senilai sekitar lebih kurang total anggaran dana apbd apbn
	perubahan alokasi mengalokasikan menganggarkan dianggarkan pagu biaya
	pemerintah pemkab pemkot pemprov provinsi kabupaten kota daerah dprd dewan ketua wakil anggota kepala dinas badan
	gubernur bupati wali wakil sekretaris komisi fraksi rapat paripurna sidang masa kantor wilayah kanwil
	berjanji berkomitmen komitmen siap mendukung dukungan menjanjikan dijanjikan janji mendorong upaya
	disahkan mengesahkan diresmikan meresmikan rampung selesai menyelesaikan merampungkan dicairkan mencairkan
	disalurkan menyalurkan tersalurkan diserahkan menyerahkan dibagikan membagikan dipasang memasang terpasang
	disetujui menyetujui terealisasi direalisasikan realisasi beroperasi dibuka membuka dibangun membangun pembangunan
	mulai dimulai dikerjakan sedang tahap mangkrak ditunda tertunda molor terhenti mandek batal dibatalkan dicoret
	resmi akhirnya seluruh semua sebagian sisanya unit buah titik orang warga masyarakat
	the a an of to in on at for and or by with from as is are was were be been has have had will would its their this
	that these those it they he she said says say according also again new more than about some all only last next year
	money part work funded citing shortfall revenue
	years month months week monday tuesday wednesday thursday friday saturday sunday
	government provincial regency city regional council legislature legislative chair governor mayor regent head office
	department agency budget billion million trillion rp rupiah funds fund funding
	pledged pledge promised promise vowed committed commitment repeated plans plan will
	passed approved disbursed completed opened inaugurated launched installed delivered distributed relocated rebuilt
	built handed began begun started cancelled canceled scrapped delayed stalled postponed`.split(/\s+/)
);

// Common nouns of public works and services, English → Indonesian. Enough for news of the kind the
// demo and the evaluation set carry; an unknown English word still matches itself.
const EN_TO_ID: Record<string, string> = {
	school: 'sekolah', schools: 'sekolah', vocational: 'vokasi', fishing: 'nelayan', fishermen: 'nelayan', fisheries: 'perikanan',
	coast: 'pesisir', coastal: 'pesisir', beachfront: 'pantai', beach: 'pantai', north: 'utara', bridge: 'jembatan',
	suspension: 'gantung', vendors: 'pedagang', vendor: 'pedagang', street: 'kaki', market: 'pasar', covered: 'tertutup',
	relocate: 'relokasi', fertiliser: 'pupuk', fertilizer: 'pupuk', subsidy: 'subsidi', subsidies: 'subsidi',
	distribution: 'penyaluran', scholarship: 'beasiswa', scholarships: 'beasiswa', students: 'mahasiswa', student: 'mahasiswa',
	poor: 'miskin', families: 'keluarga', family: 'keluarga', embankment: 'tanggul', embankments: 'tanggul', river: 'sungai',
	camera: 'kamera', cameras: 'kamera', crossings: 'penyeberangan', crossing: 'penyeberangan', children: 'anak',
	houses: 'rumah', house: 'rumah', homes: 'rumah', uninhabitable: 'huni', grants: 'bantuan', grant: 'bantuan',
	health: 'kesehatan', centre: 'puskesmas', centres: 'puskesmas', center: 'puskesmas', centers: 'puskesmas',
	inpatient: 'inap', hospital: 'sakit', road: 'jalan', roads: 'jalan', water: 'air', clean: 'bersih', village: 'desa',
	villages: 'desa', flood: 'banjir', floods: 'banjir', prison: 'pemasyarakatan', inmates: 'binaan', training: 'latihan',
	patrol: 'patroli', vehicles: 'kendaraan', siren: 'sirene', sirens: 'sirene', warning: 'peringatan', early: 'dini',
	dredging: 'normalisasi', drainage: 'drainase', irrigation: 'irigasi', wells: 'sumur', well: 'sumur', drought: 'kekeringan',
	ambulance: 'ambulans', ambulances: 'ambulans', boat: 'kapal', boats: 'kapal', islands: 'pulau', island: 'pulau',
	stunting: 'stunting', courthouse: 'pengadilan', courtroom: 'sidang', juvenile: 'anak', cell: 'hunian', block: 'blok',
	laptops: 'laptop', teachers: 'guru', teacher: 'guru', buses: 'bus', bus: 'bus', landslide: 'longsor', disability: 'disabilitas',
	disabilities: 'disabilitas', plastic: 'plastik', waste: 'sampah', clinic: 'klinik', mining: 'tambang', illegal: 'ilegal',
	gold: 'emas', levies: 'pungutan', admissions: 'penerimaan', post: 'pos', posts: 'pos', police: 'polisi', floating: 'terapung'
};

// Words that name a place or kind of thing too broadly to show two sentences are about the same one.
const GENERIC = new Set(
	['desa', 'pesisir', 'kecamatan', 'kelurahan', 'pulau', 'warga', 'program', 'kegiatan', 'layanan', 'perbaikan', 'baik', 'pengadaan', 'ada', 'bantuan', 'sungai', 'jalan', 'anak', 'rumah', 'utara', 'selatan', 'timur', 'barat', 'tengah'].map(roughStem)
);

const TITLES = /^(ketua|kepala|wakil|bupati|gubernur|wali|walikota|kapolda|kapolres|kakanwil|kalapas|camat|lurah|direktur|sekretaris|anggota|menteri|chair|chairman|chairwoman|head|governor|mayor|regent|director|secretary|member|minister|spokesperson|juru)$/i;
const PLACE_KINDS = /^(desa|kelurahan|kecamatan|nagari|dusun|kampung|pulau|teluk|kabupaten|kota|distrik|village|island)$/i;

/** A word's comparable key, or null when it says nothing about the object. */
export function objectKey(word: string): string | null {
	const w = word.toLowerCase().replace(/[’']s$/, '');
	if (w.length < 3 || STOP.has(w) || /^\d{4}$/.test(w)) return null;
	if (/^\d/.test(w)) return /^\d[\d.,]*$/.test(w) ? `#${w.replace(/[.,]/g, '')}` : null;
	const mapped = EN_TO_ID[w] ?? w;
	if (STOP.has(mapped)) return null;
	return roughStem(mapped);
}

/**
 * Each key with its weight: 1 for a specific word, ½ for a count ("120 ruang kelas"), ⅓ for a broad
 * one or a word of a place name (`places`, lower-case).
 */
export function objectWords(text: string, skip: readonly [number, number][] = [], places: ReadonlySet<string> = new Set()): Map<string, number> {
	const keys = new Map<string, number>();
	// "Desa Lampuyang", "Pulau Gebe", "Tallo district": a capitalized name right after a kind of
	// place is a place, whether or not the gazetteer lists it (it lists regions, not villages).
	let inPlaceName = false;
	// "Ketua DPRD Kalteng, Rina Wardana,", "chair Maria Kusuma said": capitalized words after a
	// title are the office and the person holding it, never what was promised.
	let inTitle = false;
	let previousEnd = 0;
	for (const m of text.matchAll(/[\p{L}\d][\p{L}\d.,’'-]*[\p{L}\d]|[\p{L}\d]/gu)) {
		const at = m.index ?? 0;
		const word = m[0];
		const gap = text.slice(previousEnd, at);
		previousEnd = at + word.length;
		const capitalized: boolean = /^\p{Lu}/u.test(word);
		inTitle = (inTitle && capitalized && /^[\s,]*$/.test(gap)) || TITLES.test(word);
		const isPlace: boolean = inPlaceName && capitalized;
		inPlaceName = isPlace || PLACE_KINDS.test(word);
		if (inTitle || skip.some(([s, e]) => at >= s && at < e)) continue;
		for (const part of word.includes('-') && !/^(\p{L}+)-\1$/u.test(word) ? word.split('-') : [word]) {
			const key = objectKey(part);
			if (!key) continue;
			const weight = key.startsWith('#') ? 0.5 : isPlace || GENERIC.has(key) || places.has(part.toLowerCase()) ? 1 / 3 : 1;
			keys.set(key, Math.max(keys.get(key) ?? 0, weight));
		}
	}
	// An English place name comes before its kind: "Tallo district", "Obi island".
	for (const m of text.matchAll(/\b(\p{Lu}\p{L}+) (?:district|village|island|regency|subdistrict)\b/gu)) {
		const key = objectKey(m[1]);
		if (key && keys.get(key) === 1) keys.set(key, 1 / 3);
	}
	return keys;
}

/** The shared keys of two texts and their summed weight. */
export function sharedObjects(a: Map<string, number>, b: Map<string, number>): { weight: number; keys: string[] } {
	let weight = 0;
	const keys: string[] = [];
	for (const [key, w] of a) {
		const other = b.get(key);
		if (other === undefined) continue;
		weight += Math.min(w, other);
		keys.push(key);
	}
	return { weight, keys };
}
