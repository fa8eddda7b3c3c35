// Follow-ups from later news on both engines (issue 12, item 2): ingesting a later article stores a
// suggested status update for the earlier pledge it reports on (with the sentence and its offsets,
// the proposed status, the confidence), never for another institution's or another topic's pledge,
// and never twice (re-ingesting, rescanning, after a dismissal); accepting sets the status and
// writes the audit and public corrections entries; dismissing changes no status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import { listCorrections } from '../../src/lib/server/db/queries/corrections';
import { countQueuedSuggestions, listQueuedSuggestions } from '../../src/lib/server/db/queries/followup-queue';
import { decideSuggestion } from '../../src/lib/server/editorial/pledge-status';
import { suggestFollowups, suggestUpdatesForRecentArticles } from '../../src/lib/server/editorial/suggest-updates';
import { defaultExtractor } from '../../src/lib/server/ingest/default-extractor';
import type { ArticleExtractor } from '../../src/lib/server/ingest/extractor';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import type { SourceEvent } from '../../src/lib/server/ingest/types';
import { loadGazetteer, type Gazetteer } from '../../src/lib/server/resolve/gazetteer';
import { hashPassword } from '../../src/lib/server/auth/password';
import { insertUser } from '../../src/lib/server/db/queries/users';
import { engines } from './engines';

// Fictional articles: two pledges of one council, another council's pledge, and later reports.
const FILLER = 'Pertemuan berlangsung di ruang rapat utama dan dihadiri sejumlah kepala bidang serta perwakilan organisasi masyarakat sipil.';
const PLEDGES = `PALANGKA RAYA, Kabar Contoh – Ketua DPRD Provinsi Kalteng, Rina Wardana, menyatakan siap mendukung pembangunan puskesmas rawat inap di Katingan, Senin (3/2/2025).\n${FILLER}\n“Kami berkomitmen mengalokasikan anggaran sebesar Rp 24 miliar pada APBD 2026 untuk puskesmas rawat inap di Katingan,” ujar Wardana.\nIa juga berjanji DPRD Kalteng akan menuntaskan Raperda Perlindungan Penyandang Disabilitas tahun ini.`;
const OTHER = `SAMPIT, Kabar Contoh – Ketua DPRD Kabupaten Kotawaringin Timur, Fajar Tanjung, menyatakan siap mendukung pembangunan puskesmas rawat inap di Parenggean, Selasa (4/2/2025).\n${FILLER}\n“Kami berkomitmen mengalokasikan anggaran sebesar Rp 24 miliar pada APBD 2026 untuk puskesmas rawat inap di Parenggean,” ujar Tanjung.`;
const REPORT = `PALANGKA RAYA, Kabar Contoh – DPRD Kalteng telah mengesahkan APBD 2026 yang memuat anggaran Rp 24 miliar untuk pembangunan puskesmas rawat inap di Katingan, Senin (9/2/2026).\n${FILLER}`;
const STALL = `PALANGKA RAYA, Kabar Contoh – Pembahasan Raperda Perlindungan Penyandang Disabilitas di DPRD Kalteng ditunda hingga masa sidang berikutnya, Rabu (10/9/2025).\n${FILLER}`;

const item = (n: number, text: string, published: string): SourceEvent => ({ item: { origin: `test:${n}`, text, published, url: `https://kabar.example/${n}` } });

describe.each(engines)('follow-up suggestions on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	let gazetteer: Gazetteer;
	let extractor: ArticleExtractor;
	let editor: number;
	const run = (events: SourceEvent[]) => ingest(handle.db, events, { trigger: 'cli', sources: ['t'], extractor, gazetteer });
	const pledgeId = async (like: string, category: string) =>
		(await handle.db.selectFrom('statements').select('id').where('kind', '=', 'pledge').where('category', '=', category as 'budget').where('evidence_text', 'like', `%${like}%`).executeTakeFirstOrThrow()).id;

	beforeAll(async () => {
		({ handle, drop } = await engine.open());
		gazetteer = await loadGazetteer();
		extractor = defaultExtractor(gazetteer);
		editor = (await insertUser(handle.db, { email: 'tari@example.org', name: 'Tari', role: 'editor', passwordHash: await hashPassword('a long test password') })).id;
		expect((await run([item(1, PLEDGES, '2025-02-03'), item(2, OTHER, '2025-02-04')])).failed).toBe(0);
	});
	afterAll(() => drop());

	it('ingesting a later report suggests a status for the pledge it reports on, and no other', async () => {
		expect(await countQueuedSuggestions(handle.db)).toBe(0);
		expect((await run([item(3, REPORT, '2026-02-10'), item(4, STALL, '2025-09-10')])).failed).toBe(0);
		const budget = await pledgeId('Rp 24 miliar pada APBD 2026 untuk puskesmas rawat inap di Katingan', 'budget');
		const regulation = await pledgeId('Raperda Perlindungan Penyandang Disabilitas', 'regulation');
		const queue = await listQueuedSuggestions(handle.db, { limit: 10, offset: 0 });
		expect(queue.map((s) => [s.pledge.id, s.status]).sort()).toEqual([[budget, 'kept'], [regulation, 'stalled']].sort());
		const kept = queue.find((s) => s.pledge.id === budget)!;
		expect(kept.confidence).toBeGreaterThanOrEqual(0.5);
		expect(kept.quote).toContain('telah mengesahkan APBD 2026');
		expect(kept.pledge.evidenceText).toContain('Rp 24 miliar');
		expect(kept.source?.publishedOn).toBe('2026-02-10');
		const stored = await handle.db.selectFrom('pledge_updates as u').innerJoin('articles as a', 'a.id', 'u.source_article_id').select(['u.quote', 'u.quote_start', 'u.quote_end', 'a.body']).where('u.id', '=', kept.id).executeTakeFirstOrThrow();
		expect(stored.body.slice(stored.quote_start!, stored.quote_end!)).toBe(stored.quote);
		// The other council's identical pledge is untouched; statuses wait for an editor.
		const statuses = await handle.db.selectFrom('statements').select('status').distinct().where('kind', '=', 'pledge').execute();
		expect(statuses).toEqual([{ status: 'not_yet_rated' }]);
	});

	it('never suggests the same thing twice: re-ingesting, rescanning', async () => {
		const before = await countQueuedSuggestions(handle.db);
		const again = await run([item(3, REPORT, '2026-02-10')]);
		expect(again.new).toBe(0);
		expect(await suggestUpdatesForRecentArticles(handle.db, 50)).toBe(0);
		expect(await countQueuedSuggestions(handle.db)).toBe(before);
	});

	it('accepting sets the status, writes the audit and the public corrections entry; dismissing keeps the status and stays dismissed', async () => {
		const budget = await pledgeId('Rp 24 miliar pada APBD 2026 untuk puskesmas rawat inap di Katingan', 'budget');
		const queue = await listQueuedSuggestions(handle.db, { limit: 10, offset: 0 });
		const kept = queue.find((s) => s.pledge.id === budget)!;
		const stalled = queue.find((s) => s.pledge.id !== budget)!;
		await decideSuggestion(handle.db, editor, kept.id, 'accept');
		await decideSuggestion(handle.db, editor, stalled.id, 'dismiss');
		const rows = await handle.db.selectFrom('statements').select(['id', 'status']).where('id', 'in', [budget, stalled.pledge.id]).orderBy('id').execute();
		expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [budget]: 'kept', [stalled.pledge.id]: 'not_yet_rated' });
		const audit = await handle.db.selectFrom('audit_log').select(['action', 'entity_id', 'user_id']).orderBy('id').execute();
		expect(audit).toEqual([
			{ action: 'pledge.status', entity_id: String(budget), user_id: editor },
			{ action: 'pledge.suggestion-dismiss', entity_id: String(stalled.pledge.id), user_id: editor }
		]);
		const corrections = await listCorrections(handle.db, { limit: 10 });
		expect(corrections.map((c) => [c.action, c.entityId, c.after?.status])).toEqual([['pledge.status', String(budget), 'kept']]);
		expect(await countQueuedSuggestions(handle.db)).toBe(0);
		// The dismissed suggestion does not come back, and a settled pledge gets no more suggestions.
		expect(await suggestFollowups(handle.db, (await handle.db.selectFrom('articles').select('id').execute()).map((a) => a.id))).toBe(0);
		await expect(decideSuggestion(handle.db, editor, kept.id, 'dismiss')).rejects.toThrow(/not waiting/);
	});
});
