// Pledge status tracking: recorded changes, suggestions, statements.status, on every engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { insertPledgeUpdate, listPledgeUpdates } from '../../src/lib/server/db/queries/pledge-updates';
import { listCorrections } from '../../src/lib/server/db/queries/corrections';
import { decideSuggestion, recordStatusChange } from '../../src/lib/server/editorial/pledge-status';
import { decideStatements } from '../../src/lib/server/editorial/review';
import { engines } from './engines';
import { seedEditorsFixture, type Seeded } from './editors-fixtures';

describe.each(engines)('pledge status on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let s: Seeded;
	const status = async (id: number) => (await db.selectFrom('statements').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		s = await seedEditorsFixture(db);
	});
	afterAll(() => drop());

	it('records a sourced status change and moves the pledge status', async () => {
		await recordStatusChange(db, s.editorId, s.budget, { status: 'in_progress', effectiveOn: '2025-06-01', reason: 'Budget line drafted', sourceArticleId: null, sourceUrl: 'https://gov.example/apbd' });
		expect(await status(s.budget)).toBe('in_progress');
		await recordStatusChange(db, s.editorId, s.budget, { status: 'kept', effectiveOn: '2025-11-20', reason: 'Budget passed', sourceArticleId: s.laterArticle, sourceUrl: null });
		expect(await status(s.budget)).toBe('kept');
		// A late-recorded but earlier-dated update does not override the newer status.
		await recordStatusChange(db, s.editorId, s.budget, { status: 'stalled', effectiveOn: '2025-08-01', reason: 'Talks paused', sourceArticleId: null, sourceUrl: 'https://gov.example/pause' });
		expect(await status(s.budget)).toBe('kept');
		const history = await listPledgeUpdates(db, s.budget);
		expect(history.map((h) => h.status)).toEqual(['kept', 'stalled', 'in_progress']);
		expect(history[0].sourceArticle?.title).toBe('Anggaran pembinaan disahkan');
		const [latest] = await listCorrections(db, { limit: 1 });
		expect(latest).toMatchObject({ action: 'pledge.status', entityId: String(s.budget), reason: 'Talks paused' });
	});

	it('requires a source, an existing article, and a statement that was not rejected', async () => {
		const base = { status: 'broken' as const, effectiveOn: '2025-12-01', reason: 'x' };
		await expect(recordStatusChange(db, s.editorId, s.oversight, { ...base, sourceArticleId: null, sourceUrl: null })).rejects.toThrow(/Give a source/);
		await expect(recordStatusChange(db, s.editorId, s.oversight, { ...base, sourceArticleId: 987654, sourceUrl: null })).rejects.toThrow(/No article/);
		await decideStatements(db, s.editorId, [s.dinasPledge], 'reject', null);
		await expect(recordStatusChange(db, s.editorId, s.dinasPledge, { ...base, sourceArticleId: null, sourceUrl: 'https://x.example' })).rejects.toThrow(/rejected/);
		expect(await status(s.oversight)).toBe('not_yet_rated');
	});

	it('applies a suggestion only when an editor accepts it', async () => {
		const suggest = (reason: string) =>
			insertPledgeUpdate(db, { statementId: s.oversight, status: 'in_progress', effectiveOn: '2025-11-20', reason, sourceArticleId: s.laterArticle, sourceUrl: null, state: 'suggested', createdBy: null });
		const dismissed = await suggest('Delivery sentence: anggaran disahkan');
		expect(await status(s.oversight)).toBe('not_yet_rated');
		await decideSuggestion(db, s.editorId, dismissed, 'dismiss');
		expect(await status(s.oversight)).toBe('not_yet_rated');
		const accepted = await suggest('Delivery sentence: anggaran disahkan (2)');
		await decideSuggestion(db, s.editorId, accepted, 'accept');
		expect(await status(s.oversight)).toBe('in_progress');
		await expect(decideSuggestion(db, s.editorId, accepted, 'dismiss')).rejects.toThrow(/not waiting/);
		const states = (await listPledgeUpdates(db, s.oversight)).map((u) => u.state).sort();
		expect(states).toEqual(['accepted', 'dismissed']);
	});
});
