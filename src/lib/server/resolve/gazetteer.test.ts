import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './gazetteer';
import { PROVINCE_ALIASES, REGENCY_ALIASES } from './region-aliases';

describe('region gazetteer (idn-area-data)', async () => {
	const g = await loadGazetteer();

	it('holds every province and regency/city with official codes', () => {
		expect(g.regions.filter((r) => r.level === 'province')).toHaveLength(38);
		expect(g.regions.filter((r) => r.level !== 'province').length).toBeGreaterThan(500);
		expect(g.byCode('62')?.name).toBe('Kalimantan Tengah');
	});

	it.each([
		['Kalteng', '62'],
		['Kalimantan Tengah', '62'],
		['Provinsi Kalimantan Tengah', '62'],
		['kalteng', '62'],
		['Kotim', '62.02'],
		['Kotawaringin Timur', '62.02'],
		['Kabupaten Kotawaringin Timur', '62.02'],
		['Kab. Kotawaringin Timur', '62.02'],
		['Palangka Raya', '62.71'],
		['Jabar', '32'],
		['DIY', '34'],
		['Sulsel', '73'],
		['Kaltim', '64'],
		['Kukar', '64.02'],
		// joined or split compounds
		['Tulangbawang', '18.05'],
		['Kabupaten Tulangbawang', '18.05'],
		['Palangkaraya', '62.71'],
		// English: compass word first, islands in English
		['Central Java', '33'],
		['Southwest Papua', '96'],
		['East Kotawaringin', '62.02'],
		['West Jakarta', '31.73'],
		['North Sumatra', '12']
	])('%s → %s', (name, code) => {
		expect(g.findRegion(name)?.code).toBe(code);
	});

	it('uses the level to tell a city from the regency or province of the same name', () => {
		expect(g.findRegion('Bengkulu')?.level).toBe('province');
		expect(g.findRegion('Bengkulu', 'city')?.name).toBe('Kota Bengkulu');
		expect(g.findRegion('Kota Bandung')?.level).toBe('city');
		expect(g.findRegion('Bandung', 'regency')?.name).toBe('Kabupaten Bandung');
	});

	it('returns nothing for a name that is not a region', () => {
		expect(g.findRegion('Atlantis')).toBeUndefined();
	});

	it('every short-name entry names a region that exists in the package', () => {
		const names = new Set(g.regions.map((r) => r.name));
		const missing = [...Object.keys(PROVINCE_ALIASES), ...Object.keys(REGENCY_ALIASES)].filter((n) => !names.has(n));
		expect(missing).toEqual([]);
	});
});
