// Suggested status updates from delivery sentences in later articles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { findDeliverySentences } from '../../src/lib/server/editorial/delivery-sentences';
import { suggestUpdatesForArticle } from '../../src/lib/server/editorial/suggest-updates';
import { listPledgeUpdates } from '../../src/lib/server/db/queries/pledge-updates';
import { engines } from './engines';
import { seedEditorsFixture, type Seeded } from './editors-fixtures';

describe('delivery sentences', () => {
	it.each([
		{ input: 'APBD Perubahan 2025 akhirnya disahkan dalam rapat paripurna.', expected: [['budget'], 'disahkan'] },
		{ input: 'Gubernur meresmikan program rehabilitasi di Palangka Raya.', expected: [['program'], 'meresmikan'] },
		{ input: 'The council approved the budget for the new clinic programme.', expected: [['budget', 'program'], 'approved'] },
		{ input: 'Raperda itu ditetapkan menjadi perda pada Senin.', expected: [['regulation'], 'ditetapkan'] },
		{ input: 'Anggaran itu akan disahkan bulan depan.', expected: null },
		{ input: 'The budget will be approved next week.', expected: null },
		{ input: 'Rapat itu disetujui semua peserta.', expected: null },
		{ input: 'DPRD siap mendukung program pembinaan.', expected: null }
	])('$input', ({ input, expected }) => {
		const found = findDeliverySentences(input);
		if (expected === null) expect(found).toEqual([]);
		else expect(found.map((f) => [f.categories, f.cue])).toEqual([expected]);
	});
});

describe.each(engines)('suggested updates on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let s: Seeded;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		s = await seedEditorsFixture(db);
		await db
			.insertInto('mentions')
			.values({ article_id: s.laterArticle, kind: 'institution', text: 'DPRD Kalteng', start: 0, end: 9, institution_id: s.dprdDuplicate })
			.execute();
	});
	afterAll(() => drop());

	it('suggests the later "budget passed" article for the same institution\'s budget pledge only, once', async () => {
		expect(await suggestUpdatesForArticle(db, s.laterArticle)).toBe(1);
		const updates = await listPledgeUpdates(db, s.budget);
		expect(updates).toMatchObject([{ state: 'suggested', status: 'in_progress', effectiveOn: '2025-11-20', sourceArticle: { id: s.laterArticle } }]);
		expect(updates[0].reason).toContain('Anggaran pembinaan disahkan');
		// Other topic (oversight) and other institution (Dinas Sosial) get nothing; status is unchanged until accepted.
		expect(await listPledgeUpdates(db, s.oversight)).toEqual([]);
		expect(await listPledgeUpdates(db, s.dinasPledge)).toEqual([]);
		const row = await db.selectFrom('statements').select('status').where('id', '=', s.budget).executeTakeFirstOrThrow();
		expect(row.status).toBe('not_yet_rated');
		expect(await suggestUpdatesForArticle(db, s.laterArticle)).toBe(0);
	});

	it('never suggests an article for pledges made after it', async () => {
		const later = await db
			.insertInto('statements')
			.values({
				article_id: s.article,
				kind: 'pledge',
				actor_institution_id: s.dprdDuplicate,
				category: 'budget',
				evidence_text: 'Rapat kerja digelar di Palangka Raya.',
				evidence_start: 0,
				evidence_end: 37,
				strength: 'firm',
				stated_on: '2025-12-01',
				confidence: 0.5,
				extractor_version: 'test-1'
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		expect(await suggestUpdatesForArticle(db, s.laterArticle)).toBe(0);
		expect(await listPledgeUpdates(db, later.id)).toEqual([]);
	});
});
