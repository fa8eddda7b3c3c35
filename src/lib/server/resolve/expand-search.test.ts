import { describe, expect, it } from 'vitest';
import type { Region } from '$lib/domain/region';
import { buildSearchVocabulary, expandSearch, foldName, squashName } from './expand-search';

const region = (code: string, name: string, level: Region['level'], aliases: string[] = []): Region => ({
	code,
	name,
	level,
	provinceCode: level === 'province' ? null : code.split('.')[0],
	aliases
});

const REGIONS: Region[] = [
	region('62', 'Kalimantan Tengah', 'province', ['Kalteng']),
	region('62.02', 'Kabupaten Kotawaringin Timur', 'regency', ['Kotim']),
	region('62.71', 'Kota Palangkaraya', 'city', ['Palangka Raya', 'Kota Palangka Raya']),
	region('52', 'Nusa Tenggara Barat', 'province', ['NTB']),
	region('17', 'Bengkulu', 'province'),
	region('17.71', 'Kota Bengkulu', 'city'),
	// Fictional, for folding: an accented official name and a joined compound.
	region('98.01', 'Kabupaten Lémbah Contoh', 'regency'),
	region('98.02', 'Kabupaten Tanah Luas', 'regency')
];
const vocab = buildSearchVocabulary(REGIONS, { pemprov: ['pemerintah provinsi'], dinkes: ['Dinas Kesehatan'] });

type Row = { input: string; expected: Array<{ text: string; phrases: string[]; regionCodes?: string[] }>; expanded: boolean };

const rows: Row[] = [
	{ input: 'Kalteng', expanded: true, expected: [{ text: 'Kalteng', phrases: ['kalteng', 'kalimantan tengah', 'central kalimantan'], regionCodes: ['62'] }] },
	{
		input: 'DPRD Kalteng',
		expanded: true,
		expected: [
			{ text: 'DPRD', phrases: ['dprd'] },
			{ text: 'Kalteng', phrases: ['kalteng', 'kalimantan tengah', 'central kalimantan'], regionCodes: ['62'] }
		]
	},
	{ input: 'kotim', expanded: true, expected: [{ text: 'kotim', phrases: ['kotim', 'kotawaringin timur', 'east kotawaringin'], regionCodes: ['62.02'] }] },
	{ input: 'NTB', expanded: true, expected: [{ text: 'NTB', phrases: ['ntb', 'nusa tenggara barat', 'west nusa tenggara'], regionCodes: ['52'] }] },
	{ input: 'Central  Kalimantan', expanded: true, expected: [{ text: 'Central Kalimantan', phrases: ['central kalimantan', 'kalimantan tengah', 'kalteng'], regionCodes: ['62'] }] },
	{ input: 'palangkaraya', expanded: true, expected: [{ text: 'palangkaraya', phrases: ['palangkaraya', 'palangka raya'], regionCodes: ['62.71'] }] },
	{ input: 'Palangka-Raya', expanded: true, expected: [{ text: 'Palangka-Raya', phrases: ['palangka raya', 'palangkaraya'], regionCodes: ['62.71'] }] },
	{
		input: 'Kabupaten Kotim',
		expanded: true,
		expected: [{ text: 'Kabupaten Kotim', phrases: ['kabupaten kotim', 'kabupaten kotawaringin timur', 'kabupaten east kotawaringin'], regionCodes: ['62.02'] }]
	},
	// A bare name shared by a province and its capital city stands for both; "Kota" narrows it.
	{ input: 'Bengkulu', expanded: true, expected: [{ text: 'Bengkulu', phrases: ['bengkulu'], regionCodes: ['17', '17.71'] }] },
	{ input: 'kota bengkulu', expanded: true, expected: [{ text: 'kota bengkulu', phrases: ['kota bengkulu'], regionCodes: ['17.71'] }] },
	{
		input: 'Pemprov Kalteng',
		expanded: true,
		expected: [
			{ text: 'Pemprov', phrases: ['pemprov', 'pemerintah provinsi'] },
			{ text: 'Kalteng', phrases: ['kalteng', 'kalimantan tengah', 'central kalimantan'], regionCodes: ['62'] }
		]
	},
	{ input: 'DINKES', expanded: true, expected: [{ text: 'DINKES', phrases: ['dinkes', 'dinas kesehatan'] }] },
	// Accents fold both ways; joined compounds meet their split official names.
	{ input: 'lembah contoh', expanded: true, expected: [{ text: 'lembah contoh', phrases: ['lembah contoh'], regionCodes: ['98.01'] }] },
	{ input: 'Tanahluas', expanded: true, expected: [{ text: 'Tanahluas', phrases: ['tanahluas', 'tanah luas'], regionCodes: ['98.02'] }] },
	// Nothing known: the words stand for themselves.
	{ input: 'Rudi Hartawan', expanded: false, expected: [{ text: 'Rudi', phrases: ['rudi'] }, { text: 'Hartawan', phrases: ['hartawan'] }] },
	{ input: 'Andrés', expanded: false, expected: [{ text: 'Andrés', phrases: ['andres'] }] },
	{ input: ' — , ', expanded: false, expected: [] },
	{ input: '', expanded: false, expected: [] }
];

describe('expandSearch', () => {
	it.each(rows)('$input', ({ input, expected, expanded }) => {
		const result = expandSearch(input, vocab);
		expect(result.expanded).toBe(expanded);
		expect(result.terms.map((t) => t.text)).toEqual(expected.map((e) => e.text));
		result.terms.forEach((term, i) => {
			// The typed form first; the rest in any order.
			expect(term.phrases[0]).toBe(expected[i].phrases[0]);
			expect([...term.phrases].sort()).toEqual([...expected[i].phrases].sort());
			expect(term.regionCodes).toEqual(expected[i].regionCodes ?? []);
		});
	});
});

describe('foldName and squashName', () => {
	it.each([
		{ input: 'Palangka-Raya', folded: 'palangka raya', squashed: 'palangkaraya' },
		{ input: '  DPRD  Prov. Kalteng ', folded: 'dprd prov kalteng', squashed: 'dprdprovkalteng' },
		{ input: 'Sulawési', folded: 'sulawesi', squashed: 'sulawesi' },
		{ input: "Jum'at", folded: 'jum at', squashed: 'jumat' }
	])('$input', ({ input, folded, squashed }) => {
		expect(foldName(input)).toBe(folded);
		expect(squashName(input)).toBe(squashed);
	});
});
