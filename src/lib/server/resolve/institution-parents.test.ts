import { describe, expect, it } from 'vitest';
import type { InstitutionParts, InstitutionRef } from '$lib/domain/statement';
import { loadGazetteer } from './gazetteer';
import { parentOf } from './institution-parents';

const ref = (name: string, level: InstitutionRef['level'], regionCode: string | null, parts?: InstitutionParts): InstitutionRef => ({
	name,
	kind: 'agency',
	level,
	regionCode,
	unit: null,
	parts
});

type Row = { input: InstitutionRef; expected: string[] };

// Each row: a reference as extraction gives it, and its chain of parents up to the top.
const cases: Row[] = [
	{
		input: ref('Kepolisian Resor Kotawaringin Timur', 'regency', '62.02', { family: 'polres', base: 'Kepolisian Resor', parent: { via: 'province-police' } }),
		expected: ['Kepolisian Daerah Kalimantan Tengah', 'Kepolisian Negara Republik Indonesia']
	},
	{ input: ref('Kepolisian Daerah Kalimantan Tengah', 'province', '62', { family: 'polda', base: 'Kepolisian Daerah', parent: { via: 'national-police' } }), expected: ['Kepolisian Negara Republik Indonesia'] },
	{
		input: ref('Lembaga Pemasyarakatan Kelas IIB Sampit', 'regency', '62.02', { family: 'lapas', base: 'Lembaga Pemasyarakatan', parent: { via: 'province-corrections' } }),
		expected: ['Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Tengah', 'Direktorat Jenderal Pemasyarakatan']
	},
	{
		input: ref('Kantor Wilayah Kementerian Agama Kalimantan Tengah', 'province', '62', { family: 'kanwil', base: 'Kantor Wilayah', parent: { via: 'named', name: 'Kementerian Agama', kind: 'executive', family: 'ministry' } }),
		expected: ['Kementerian Agama']
	},
	{ input: ref('Kantor Wilayah Kementerian Agama', null, null, { family: 'kanwil', base: 'Kantor Wilayah', parent: { via: 'named', name: 'Kementerian Agama', kind: 'executive', family: 'ministry' } }), expected: [] },
	{ input: ref('Dinas Kesehatan Provinsi Kalimantan Tengah', 'province', '62', { family: 'dinas', base: 'Dinas Kesehatan', parent: { via: 'local-government' } }), expected: ['Pemerintah Provinsi Kalimantan Tengah'] },
	{ input: ref('Dinas Kesehatan Kabupaten Kotawaringin Timur', 'regency', '62.02', { family: 'dinas', base: 'Dinas Kesehatan', parent: { via: 'local-government' } }), expected: ['Pemerintah Kabupaten Kotawaringin Timur'] },
	{ input: ref('Dinas Kesehatan', null, null, { family: 'dinas', base: 'Dinas Kesehatan', parent: { via: 'local-government' } }), expected: [] },
	{ input: ref('DPRD Provinsi Kalimantan Tengah', 'province', '62', { family: 'dprd', base: 'DPRD', parent: null }), expected: [] },
	// The name is not read: a reference without parts has no parent.
	{ input: ref('Kepolisian Resor Kotawaringin Timur', 'regency', '62.02'), expected: [] }
];

describe('parentOf', async () => {
	const gazetteer = await loadGazetteer();
	it.each(cases)('$input.name', ({ input, expected }) => {
		const chain: string[] = [];
		for (let p = parentOf(input, gazetteer); p && chain.length < 5; p = parentOf(p, gazetteer)) chain.push(p.name);
		expect(chain).toEqual(expected);
	});

	it('gives the parent its kind, level and region', () => {
		const polres = ref('Kepolisian Resor Kotawaringin Timur', 'regency', '62.02', { family: 'polres', base: 'Kepolisian Resor', parent: { via: 'province-police' } });
		expect(parentOf(polres, gazetteer)).toMatchObject({ kind: 'agency', level: 'province', regionCode: '62', unit: null });
	});
});
