import { describe, expect, it } from 'vitest';
import { objectWords, sharedObjects } from './object-words';

const shared = (a: string, b: string, places: string[] = []) => sharedObjects(objectWords(a, [], new Set(places)), objectWords(b, [], new Set(places)));

describe('object words', () => {
	it.each([
		{ a: 'membangun puskesmas rawat inap di Katingan', b: 'Puskesmas rawat inap di Katingan mulai dibangun', keys: 4 },
		{ a: 'The city pledged to install CCTV cameras at school crossings', b: 'Kamera CCTV dipasang di titik penyeberangan sekolah', keys: 4 },
		// Institution, money and delivery words say nothing about the object.
		{ a: 'DPRD berjanji mengalokasikan anggaran Rp 24 miliar pada APBD 2026', b: 'DPRD telah mengesahkan anggaran Rp 9 miliar dalam APBD 2026', keys: 0 },
		{ a: 'Raperda Perlindungan Penyandang Disabilitas', b: 'Perda Penyelenggaraan Pendidikan Anak Usia Dini', keys: 0 }
	])('$a ~ $b', ({ a, b, keys }) => {
		expect(shared(a, b).keys).toHaveLength(keys);
	});

	it('counts a shared place name little', () => {
		expect(shared('pasar rakyat di Mataram', 'taman kota di Mataram', ['mataram']).weight).toBeCloseTo(1 / 3);
		expect(shared('pasar rakyat di Mataram', 'taman kota di Mataram').weight).toBe(1);
	});

	it('leaves out the words inside skipped spans (the institution names)', () => {
		const text = 'Pemkab Gowa meresmikan pasar ikan';
		expect([...objectWords(text, [[0, 11]]).keys()]).toEqual(['pasar', 'ikan']);
	});
});
