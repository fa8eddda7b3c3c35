import { describe, expect, it } from 'vitest';
import { chartCitable, citationBibtex, citationCsl, citationText, citeAll, escapeBibtex, institutionCitable, pledgeCitable } from './index';

const ORIGIN = 'https://pledgewatch.example/';
const pledge = pledgeCitable({ id: 17, kind: 'pledge', category: 'budget', actorName: 'DPRD Provinsi Contoh', statedOn: '2025-04-16' }, ORIGIN);

describe('citation sentences', () => {
	it.each([
		{ lang: 'id' as const, expected: 'Pledgewatch. “Janji DPRD Provinsi Contoh (anggaran), 16 April 2025” (16 April 2025). Diakses 28 November 2026, dari https://pledgewatch.example/pledges/17' },
		{ lang: 'en' as const, expected: 'Pledgewatch. “Pledge by DPRD Provinsi Contoh (budget), 16 April 2025” (16 April 2025). Accessed 28 November 2026, at https://pledgewatch.example/pledges/17' }
	])('$lang', ({ lang, expected }) => {
		expect(citationText(pledge, lang, '2026-11-28')).toBe(expected);
	});

	it.each([
		{ input: { id: 3, kind: 'request' as const, category: 'program' as const, actorName: null, statedOn: null }, lang: 'id' as const, title: 'Permintaan lembaga tak dikenal (program), tanpa tanggal' },
		{ input: { id: 3, kind: 'request' as const, category: 'program' as const, actorName: null, statedOn: null }, lang: 'en' as const, title: 'Request by unknown institution (program), undated' },
		{ input: { id: 9, kind: 'pledge' as const, category: 'oversight' as const, actorName: 'Dinas Contoh', statedOn: '2024-05-01' }, lang: 'id' as const, title: 'Janji Dinas Contoh (pengawasan), 1 Mei 2024' }
	])('titles $input.kind $lang', ({ input, lang, title }) => {
		expect(pledgeCitable(input, ORIGIN).title[lang]).toBe(title);
	});

	it('cites an institution profile without a date of its own', () => {
		const c = institutionCitable({ slug: 'dinas-contoh', name: 'Dinas Contoh' }, 'https://p.example');
		expect(citationText(c, 'en', '2026-01-02')).toBe('Pledgewatch. “Pledges and requests of Dinas Contoh”. Accessed 2 January 2026, at https://p.example/institutions/dinas-contoh');
	});
});

describe('BibTeX', () => {
	it('writes a @misc entry with url, urldate and the issued date', () => {
		expect(citationBibtex(pledge, '2026-11-28')).toBe(
			[
				'@misc{pledgewatch-pledge-17,',
				'  author = {{Pledgewatch}},',
				'  title = {Pledge by DPRD Provinsi Contoh (budget), 16 April 2025},',
				'  publisher = {Pledgewatch},',
				'  year = {2025},',
				'  date = {2025-04-16},',
				'  url = {https://pledgewatch.example/pledges/17},',
				'  urldate = {2026-11-28},',
				'  note = {Accessed 2026-11-28}',
				'}',
				''
			].join('\n')
		);
	});

	it.each([
		['50% & {x}', '50\\% \\& \\{x\\}'],
		['a_b #1 $2', 'a\\_b \\#1 \\$2'],
		['\\input{x} ^ ~', '\\textbackslash{}input\\{x\\} \\textasciicircum{} \\textasciitilde{}']
	])('escapes %j', (input, expected) => {
		expect(escapeBibtex(input)).toBe(expected);
	});

	it('keeps hostile names from closing the field', () => {
		const c = institutionCitable({ slug: 'x', name: 'Dewan}, title = {pwned' }, ORIGIN);
		const bib = citationBibtex(c, '2026-11-28');
		expect(bib).toContain('title = {Pledges and requests of Dewan\\}, title = \\{pwned}');
	});
});

describe('CSL-JSON', () => {
	it('has the fields citation processors need', () => {
		expect(citationCsl(pledge, '2026-11-28', 'id')).toEqual({
			id: 'pledgewatch-pledge-17',
			type: 'dataset',
			title: 'Janji DPRD Provinsi Contoh (anggaran), 16 April 2025',
			author: [{ literal: 'Pledgewatch' }],
			publisher: 'Pledgewatch',
			URL: 'https://pledgewatch.example/pledges/17',
			accessed: { 'date-parts': [[2026, 11, 28]] },
			issued: { 'date-parts': [[2025, 4, 16]] },
			language: 'id'
		});
	});

	it('bundles every format for a chart', () => {
		const c = chartCitable({ key: 'timeline', title: { id: 'Janji per bulan', en: 'Pledges per month' }, path: '/embed/timeline?category=budget' }, ORIGIN);
		const all = citeAll(c, '2026-11-28', 'en');
		expect(all.permalink).toBe('https://pledgewatch.example/embed/timeline?category=budget');
		expect(all.text.id).toContain('Diakses 28 November 2026');
		expect(all.csl[0].type).toBe('figure');
		expect(all.bibtex.startsWith('@misc{pledgewatch-chart-timeline,')).toBe(true);
	});
});
