// Review queue, review decisions and the public corrections log, on every engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { listReviewQueue, countReviewQueue } from '../../src/lib/server/db/queries/review';
import { listCorrections } from '../../src/lib/server/db/queries/corrections';
import { decideStatements, editStatement } from '../../src/lib/server/editorial/review';
import { EditorialError } from '../../src/lib/server/editorial/errors';
import { engines } from './engines';
import { auditActions, BODY, rollupCount, seedEditorsFixture, span, type Seeded } from './editors-fixtures';

describe.each(engines)('review queue on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let s: Seeded;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		s = await seedEditorsFixture(db);
	});
	afterAll(() => drop());

	it('lists unreviewed statements least confident first, with the evidence in its context', async () => {
		const items = await listReviewQueue(db, { limit: 10, offset: 0 });
		expect(items.map((i) => i.id)).toEqual([s.budget, s.dinasPledge, s.oversight]);
		const first = items[0];
		expect(first.actor?.slug).toBe('dprd-kalteng');
		expect(first.context.before).toBe(BODY.slice(0, span(first.context.evidence).start));
		expect(first.context.after.startsWith(' Dinas Sosial berjanji')).toBe(true);
		expect(first.article.title).toBe('DPRD siap dukung program pembinaan');
		expect(await countReviewQueue(db)).toBe(3);
	});

	it('confirming takes a statement out of the queue and is audited, but is no public correction', async () => {
		expect(await decideStatements(db, s.editorId, [s.oversight], 'confirm', null)).toBe(1);
		const queue = await listReviewQueue(db, { limit: 10, offset: 0 });
		expect(queue.map((i) => i.id)).not.toContain(s.oversight);
		expect(await auditActions(db)).toContain('statement.confirm');
		expect((await listCorrections(db, { limit: 10 })).map((c) => c.action)).not.toContain('statement.confirm');
	});

	it('rejecting removes the statement from the dashboard counts and shows in the corrections log', async () => {
		const before = await rollupCount(db, s.dinas);
		expect(before).toBe(1);
		await decideStatements(db, s.editorId, [s.dinasPledge], 'reject', 'Past plan, not a pledge');
		expect(await rollupCount(db, s.dinas)).toBe(0);
		const [latest] = await listCorrections(db, { limit: 1 });
		expect(latest).toMatchObject({ action: 'statement.reject', entityId: String(s.dinasPledge), reason: 'Past plan, not a pledge' });
		expect(latest.subject?.label).toContain('Dinas Sosial berjanji');
	});

	it('bulk decisions skip statements already in that state', async () => {
		expect(await decideStatements(db, s.editorId, [s.dinasPledge, s.dinasPledge, 999999], 'reject', null)).toBe(0);
	});

	it('an edit changes the fields, marks the statement edited and records only what changed', async () => {
		await editStatement(
			db,
			s.editorId,
			s.budget,
			{ kind: 'pledge', category: 'budget', strength: 'firm', actorSlug: 'dprd-provinsi-kalimantan-tengah', targetSlug: null, targetText: 'program pembinaan', amount: 1_400_000_000_000, amountQualifier: 'about' },
			'Speaker is the chair of the provincial DPRD'
		);
		const row = await db.selectFrom('statements').selectAll().where('id', '=', s.budget).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ review_status: 'edited', strength: 'firm', actor_institution_id: s.dprd, amount: 1_400_000_000_000, amount_qualifier: 'about' });
		expect(await rollupCount(db, s.dprd)).toBe(1);
		const [latest] = await listCorrections(db, { limit: 1 });
		expect(latest.action).toBe('statement.edit');
		expect(latest.before).toEqual({ strength: 'hedged', actorInstitutionId: s.dprdDuplicate, targetText: null, amount: null, amountQualifier: null, reviewStatus: 'auto' });
		expect(latest.after).toMatchObject({ strength: 'firm', actorInstitutionId: s.dprd, reviewStatus: 'edited' });
	});

	it('refuses an edit that names an unknown institution or duplicates a sibling statement', async () => {
		const base = { kind: 'pledge' as const, strength: 'firm' as const, targetSlug: null, targetText: null, amount: null, amountQualifier: null };
		await expect(editStatement(db, s.editorId, s.budget, { ...base, category: 'budget', actorSlug: 'no-such-body' }, null)).rejects.toThrow(
			/No institution has the slug "no-such-body"/
		);
		// The oversight sibling shares the sentence and actor; making it "budget" too would duplicate this one.
		const attempt = editStatement(db, s.editorId, s.oversight, { ...base, category: 'budget', actorSlug: 'dprd-provinsi-kalimantan-tengah' }, null);
		await expect(attempt).rejects.toThrow(EditorialError);
		const oversight = await db.selectFrom('statements').select(['category', 'review_status']).where('id', '=', s.oversight).executeTakeFirstOrThrow();
		expect(oversight).toEqual({ category: 'oversight', review_status: 'confirmed' });
	});

	it('keeps the audit log append-only', async () => {
		await expect(db.updateTable('audit_log').set({ reason: 'rewritten' }).execute()).rejects.toThrow(/append-only/);
		await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
	});
});
