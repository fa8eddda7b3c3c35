// The fictional world of the demo corpus: provinces with their offices, outlets and officials.
// Every person here is invented; names are combined from common given and family names.
import { Random } from './random';

export interface Province {
	name: string;
	short: string;
	capital: string;
	capitalEn: string;
	regency: string;
	outlet: { domain: string; name: string };
}

export const PROVINCES: readonly Province[] = [
	{ name: 'Kalimantan Tengah', short: 'Kalteng', capital: 'Palangka Raya', capitalEn: 'Palangka Raya', regency: 'Kotawaringin Timur', outlet: { domain: 'kabarkalteng.example', name: 'Kabar Kalteng' } },
	{ name: 'Sulawesi Selatan', short: 'Sulsel', capital: 'Makassar', capitalEn: 'Makassar', regency: 'Gowa', outlet: { domain: 'suarasulsel.example', name: 'Suara Sulsel' } },
	{ name: 'Nusa Tenggara Barat', short: 'NTB', capital: 'Mataram', capitalEn: 'Mataram', regency: 'Lombok Timur', outlet: { domain: 'lombokpost.example', name: 'Lombok Pos Daring' } },
	{ name: 'Jawa Tengah', short: 'Jateng', capital: 'Semarang', capitalEn: 'Semarang', regency: 'Banyumas', outlet: { domain: 'warta-jateng.example', name: 'Warta Jateng' } },
	{ name: 'Maluku Utara', short: 'Malut', capital: 'Ternate', capitalEn: 'Ternate', regency: 'Halmahera Barat', outlet: { domain: 'malutnews.example', name: 'Malut News' } },
	{ name: 'Sumatera Barat', short: 'Sumbar', capital: 'Padang', capitalEn: 'Padang', regency: 'Agam', outlet: { domain: 'ranahminang.example', name: 'Ranah Minang' } }
];

/** Outlets that republish others' stories (syndicated copies). */
export const SYNDICATORS = [
	{ domain: 'nusantarawire.example', name: 'Nusantara Wire' },
	{ domain: 'beritadaerah.example', name: 'Berita Daerah' }
];

export const ENGLISH_OUTLET = { domain: 'archipelago-times.example', name: 'Archipelago Times' };

const GIVEN = ['Rudi', 'Siti', 'Agus', 'Dewi', 'Hendra', 'Rina', 'Bambang', 'Yuliana', 'Fajar', 'Lestari', 'Imam', 'Nurul', 'Teguh', 'Wulan', 'Yusuf', 'Maria', 'Andi', 'Ratna', 'Joko', 'Sari', 'Arif', 'Melati', 'Dimas', 'Intan'];
const FAMILY = ['Saputra', 'Wibowo', 'Lestiono', 'Harahap', 'Pangaribuan', 'Tanjung', 'Lunjung', 'Mahendra', 'Pratama', 'Kusuma', 'Rahmadani', 'Situmeang', 'Nugroho', 'Hasibuan', 'Wardana', 'Simanjuntak', 'Baharuddin', 'Sopacua', 'Latuconsina', 'Damanik'];

export type Office = 'dprdProv' | 'dprdKab' | 'gubernur' | 'bupati' | 'walikota' | 'kanwil' | 'kapolda' | 'pn' | 'dinkes' | 'bpbd';

/** A stable invented name per province and office, so the same person appears across articles. */
export function officialName(provinceIndex: number, office: Office, term: number): string {
	const offices: Office[] = ['dprdProv', 'dprdKab', 'gubernur', 'bupati', 'walikota', 'kanwil', 'kapolda', 'pn', 'dinkes', 'bpbd'];
	const random = new Random(1000 + provinceIndex * 97 + offices.indexOf(office) * 13 + term * 7919);
	return `${random.pick(GIVEN)} ${random.pick(FAMILY)}`;
}
