// What the demo institutions ask for and promise: programs with an Indonesian and English name,
// who typically asks, and a plausible budget range (in billions of rupiah).
import type { Office } from './cast';

export interface Topic {
	id: string;
	en: string;
	requester: Office;
	minBillion: number;
	maxBillion: number;
}

export const TOPICS: readonly Topic[] = [
	{ id: 'pembangunan blok hunian baru di lembaga pemasyarakatan', en: 'a new cell block at the provincial prison', requester: 'kanwil', minBillion: 8, maxBillion: 30 },
	{ id: 'program pembinaan kemandirian warga binaan', en: 'vocational training for inmates', requester: 'kanwil', minBillion: 1, maxBillion: 5 },
	{ id: 'pengadaan kendaraan patroli dan pos pengamanan terpadu', en: 'patrol vehicles and joint security posts', requester: 'kapolda', minBillion: 5, maxBillion: 25 },
	{ id: 'penanganan banjir dan normalisasi sungai', en: 'flood control and river dredging', requester: 'bpbd', minBillion: 20, maxBillion: 120 },
	{ id: 'sistem peringatan dini bencana', en: 'a disaster early-warning system', requester: 'bpbd', minBillion: 3, maxBillion: 15 },
	{ id: 'penurunan angka stunting di desa-desa', en: 'reducing child stunting in villages', requester: 'dinkes', minBillion: 4, maxBillion: 40 },
	{ id: 'pembangunan puskesmas rawat inap', en: 'new inpatient community health centres', requester: 'dinkes', minBillion: 10, maxBillion: 60 },
	{ id: 'renovasi gedung pengadilan dan ruang sidang anak', en: 'renovating the courthouse and a juvenile courtroom', requester: 'pn', minBillion: 2, maxBillion: 9 },
	{ id: 'perbaikan jalan penghubung antarkecamatan', en: 'repairing roads between districts', requester: 'bupati', minBillion: 30, maxBillion: 250 },
	{ id: 'penyediaan air bersih bagi warga pesisir', en: 'clean water for coastal villages', requester: 'bupati', minBillion: 6, maxBillion: 45 }
];

export const FILLERS_ID: readonly string[] = [
	'Pertemuan berlangsung di ruang rapat utama dan dihadiri sejumlah kepala bidang serta perwakilan organisasi masyarakat sipil.',
	'Data yang dipaparkan menunjukkan kebutuhan meningkat tajam dalam tiga tahun terakhir, terutama di wilayah yang jauh dari ibu kota.',
	'Sejumlah warga yang hadir menyampaikan keluhan tentang lambatnya layanan dan meminta kejelasan jadwal pelaksanaan.',
	'Rapat juga membahas hasil kunjungan lapangan ke beberapa kecamatan pekan lalu.',
	'Menurut catatan panitia, usulan serupa pernah dibahas pada tahun anggaran sebelumnya namun belum terealisasi.',
	'Para peserta sepakat membentuk tim kecil untuk menyusun rincian kebutuhan dan perkiraan biaya.',
	'Acara ditutup dengan penyerahan dokumen usulan dan foto bersama di halaman kantor.',
	'Kegiatan ini merupakan bagian dari rangkaian reses dan penjaringan aspirasi yang digelar setiap semester.',
	'Beberapa anggota menyoroti pentingnya keterbukaan informasi agar masyarakat dapat ikut mengawasi pelaksanaannya.',
	'Pemerintah daerah mencatat ada puluhan titik rawan yang perlu mendapat perhatian khusus.'
];

export const FILLERS_EN: readonly string[] = [
	'The meeting was attended by department heads and representatives of local civil-society groups.',
	'Figures presented at the hearing showed demand rising sharply over the past three years, especially in remote districts.',
	'Residents who attended complained about slow services and asked for a clear timetable.',
	'Participants agreed to form a small team to draw up a detailed cost estimate.',
	'A similar proposal was discussed in the previous budget cycle but never carried out, according to the organisers.',
	'Several members stressed that the public should be able to follow how the money is spent.'
];
