import { describe, expect, it } from 'vitest';
import type { Lang } from '../../domain/statement';
import { loadGazetteer } from '../resolve/gazetteer';
import { findInstitutions } from './find-institutions';
import { tokenize } from './tokens';

type Row = { input: string; lang?: Lang; expected: string[] };

// Fictional sentences; each row lists canonical institution names found, in text order. Rows for
// one family of names are beside its matcher in ./institutions/; these are about the article.
const cases: Row[] = [
	{ input: 'Warga Kalteng menanam padi.', expected: [] },
	{ input: 'Tidak ada lembaga di kalimat ini.', expected: [] },
	// Several families in one sentence, in text order.
	{ input: 'Gubernur Kalteng, Kapolda Kalteng dan Kejati Kalteng menandatangani nota.', expected: ['Pemerintah Provinsi Kalimantan Tengah', 'Kepolisian Daerah Kalimantan Tengah', 'Kejaksaan Tinggi Kalimantan Tengah'] },
	// Bare names take the region the article last named, as that name wrote it.
	{ input: 'DPRD Kota Palangka Raya rapat. Pemkot lalu menjawab.', expected: ['DPRD Kota Palangka Raya', 'Pemerintah Kota Palangka Raya'] },
	{ input: 'Polres Kotim berjaga. Bupati meninjau pos.', expected: ['Kepolisian Resor Kotawaringin Timur', 'Pemerintah Kabupaten Kotawaringin Timur'] },
	// A regency named also names its province.
	{ input: 'Pemkab Kotim membangun jalan. Gubernur meresmikannya.', expected: ['Pemerintah Kabupaten Kotawaringin Timur', 'Pemerintah Provinsi Kalimantan Tengah'] },
	// The dateline tells where the story happens.
	{ input: 'GARUT – Bupati meninjau banjir.', expected: ['Pemerintah Kabupaten Garut'] },
	{ input: 'Bupati datang tanpa nama daerah.', expected: [] }
];

describe('findInstitutions', async () => {
	const gazetteer = await loadGazetteer();
	it.each(cases)('$input', ({ input, lang, expected }) => {
		const hits = findInstitutions(input, tokenize(input), { gazetteer, lang: lang ?? 'id' });
		expect(hits.map((h) => h.institution.name)).toEqual(expected);
		for (const h of hits) expect(input.slice(h.span.start, h.span.end)).toBe(h.span.text);
	});

	it('gives kind, level, region and unit', () => {
		const text = 'Komisi II DPRD Kotim meninjau. Kapolda Kalteng hadir. Pengadilan Negeri Sampit memutus.';
		const hits = findInstitutions(text, tokenize(text), { gazetteer, lang: 'id' });
		expect(hits[0].institution).toMatchObject({ kind: 'legislature', level: 'regency', regionCode: '62.02', unit: 'Komisi II' });
		expect(hits[1].institution).toMatchObject({ kind: 'agency', level: 'province', regionCode: '62' });
		expect(hits[1].role).toBe('Kapolda');
		expect(hits[2].institution.kind).toBe('judiciary');
	});

	it('says how each name was built', () => {
		const text = 'Kapolres Kotim berjaga.';
		const [hit] = findInstitutions(text, tokenize(text), { gazetteer, lang: 'id' });
		expect(hit.institution.parts).toEqual({ family: 'polres', base: 'Kepolisian Resor', parent: { via: 'province-police' } });
		expect(hit.contextual).toBe(false);
	});

	it('marks names completed from context', () => {
		const text = 'Polda Kalteng bersiaga. Kapolda memberi arahan.';
		const hits = findInstitutions(text, tokenize(text), { gazetteer, lang: 'id' });
		expect(hits.map((h) => h.contextual)).toEqual([false, true]);
	});
});
