import { describe, expect, it } from 'vitest';
import { matchFollowups } from './match-followups';
import type { FollowupArticle, OpenPledge } from './types';

// Institutions as plain keys: 1 DPRD, 2 the provincial government, 3 its health office (child of 2), 4 another DPRD.
const pledge: OpenPledge = {
	id: 7,
	text: 'DPRD berjanji mengalokasikan Rp 24 miliar untuk puskesmas rawat inap di Katingan pada APBD 2026.',
	institution: 1,
	related: [],
	category: 'budget',
	amount: 24e9,
	statedOn: '2025-03-12',
	dueOn: '2026-12-31'
};

function article(body: string, publishedOn: string, mentions: [number, string][]): FollowupArticle {
	return {
		body,
		language: 'id',
		publishedOn,
		mentions: mentions.map(([institution, name]) => ({ institution, start: body.indexOf(name), end: body.indexOf(name) + name.length }))
	};
}

const kept = 'PALANGKA RAYA – DPRD Kalteng telah mengesahkan anggaran Rp 24 miliar untuk puskesmas rawat inap di Katingan.';

describe('matchFollowups', () => {
	it.each([
		{ name: 'same institution, same object, same amount → kept', a: article(kept, '2026-02-10', [[1, 'DPRD Kalteng']]), status: 'kept' },
		{ name: 'a smaller amount → partly kept', a: article(kept.replace('Rp 24', 'Rp 10'), '2026-02-10', [[1, 'DPRD Kalteng']]), status: 'partly_kept' },
		{ name: 'no institution in the sentence, the article names it', a: article('KASONGAN – Puskesmas rawat inap di Katingan mulai dibangun. Dananya diperjuangkan DPRD Kalteng.', '2026-08-20', [[1, 'DPRD Kalteng']]), status: 'in_progress' },
		{ name: 'another institution', a: article(kept.replace('DPRD Kalteng', 'DPRD Kotim'), '2026-02-10', [[4, 'DPRD Kotim']]), status: null },
		{ name: 'before the pledge', a: article(kept, '2025-01-10', [[1, 'DPRD Kalteng']]), status: null },
		{ name: 'four years later', a: article(kept, '2029-06-10', [[1, 'DPRD Kalteng']]), status: null },
		{ name: 'another object', a: article('PALANGKA RAYA – DPRD Kalteng telah mengesahkan anggaran Rp 24 miliar untuk stadion olahraga.', '2026-02-10', [[1, 'DPRD Kalteng']]), status: null },
		{ name: 'a regulation report for a budget pledge', a: article('PALANGKA RAYA – DPRD Kalteng mengesahkan perda puskesmas rawat inap di Katingan.', '2026-02-10', [[1, 'DPRD Kalteng']]), status: null },
		{ name: 'a promise again', a: article('PALANGKA RAYA – DPRD Kalteng kembali berjanji mengesahkan anggaran puskesmas rawat inap di Katingan.', '2026-02-10', [[1, 'DPRD Kalteng']]), status: null }
	])('$name', ({ a, status }) => {
		const found = matchFollowups(a, [pledge]);
		expect(found.map((m) => m.status)).toEqual(status ? [status] : []);
		if (status) expect(found[0].confidence).toBeGreaterThanOrEqual(0.5);
	});

	it('accepts the parent or a child of the pledge\'s institution', () => {
		const child = { ...pledge, institution: 2, related: [3], category: 'program' as const, amount: null };
		const a = article('PALANGKA RAYA – Dinkes Kalteng telah meresmikan puskesmas rawat inap di Katingan.', '2026-02-10', [[3, 'Dinkes Kalteng']]);
		expect(matchFollowups(a, [child])).toMatchObject([{ pledgeId: 7, status: 'kept', signals: expect.arrayContaining(['institution:related']) }]);
	});

	it('keeps the best sentence per pledge, with its offsets', () => {
		const body = `${kept} Puskesmas rawat inap di Katingan mulai dibangun DPRD Kalteng.`;
		const [m, ...rest] = matchFollowups(article(body, '2026-02-10', [[1, 'DPRD Kalteng']]), [pledge]);
		expect(rest).toEqual([]);
		expect(body.slice(m.sentence.start, m.sentence.end)).toBe(m.sentence.text);
		expect(m.status).toBe('kept');
	});
});

describe('the quote', () => {
	it('starts after the dateline, with offsets into the body', () => {
		const body = 'PALANGKA RAYA, Kabar Contoh – DPRD Kalteng telah mengesahkan anggaran Rp 24 miliar untuk puskesmas rawat inap di Katingan.';
		const [m] = matchFollowups(article(body, '2026-02-10', [[1, 'DPRD Kalteng']]), [pledge]);
		expect(m.sentence.text).toBe('DPRD Kalteng telah mengesahkan anggaran Rp 24 miliar untuk puskesmas rawat inap di Katingan.');
		expect(body.slice(m.sentence.start, m.sentence.end)).toBe(m.sentence.text);
	});
});
