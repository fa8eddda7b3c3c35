// Writes a classified, extracted and resolved batch. Every article lands whole with its
// statements and mentions, or not at all: the batch is one transaction, and if it fails the
// articles are retried one transaction each, so one bad article never sinks the others.
import type { Extraction } from '$lib/domain/statement';
import type { Db } from '../db/connect';
import { insertArticles } from '../db/queries/articles-write';
import { upsertRoles } from '../db/queries/people-write';
import { insertMentions, insertStatements } from '../db/queries/statements-write';
import type { NewArticleRow } from '../db/schema';
import type { Verdict } from './dedupe';
import { mentionRows, roleSightings, statementRows, type ResolvedIds } from './to-rows';
import type { ItemOutcome, NormalizedArticle } from './types';

export interface BatchEntry {
	article: NormalizedArticle;
	verdict: Verdict;
	extraction: Extraction | null;
	outletId: number | null;
}

export interface StoreContext {
	runId: number | null;
	isDemo: boolean;
	extractorVersion: string | null;
	ids: ResolvedIds;
}

export interface EntryResult {
	outcome: ItemOutcome;
	statements: number;
	reason?: string;
	/** The stored original's id (outcome 'new'), for the steps that read it after the batch. */
	articleId?: number;
}

function articleRow(entry: BatchEntry, ctx: StoreContext, duplicateOf: number | null): NewArticleRow {
	const a = entry.article;
	return {
		url: a.url,
		canonical_url: a.canonicalUrl,
		outlet_id: entry.outletId,
		title: a.title,
		body: a.body,
		language: a.language,
		published_on: a.publishedOn,
		content_hash: a.contentHash,
		fingerprint: a.fingerprint,
		duplicate_of: duplicateOf,
		is_demo: ctx.isDemo,
		ingest_run_id: ctx.runId,
		extractor_version: duplicateOf === null ? ctx.extractorVersion : null
	};
}

/** Writes the entries in one transaction; returns a result per entry (same order). */
async function writeEntries(db: Db, entries: BatchEntry[], ctx: StoreContext): Promise<EntryResult[]> {
	return db.transaction().execute(async (tx) => {
		const results: EntryResult[] = entries.map((e) => ({ outcome: e.verdict.kind, statements: 0 }));
		const originals = entries.map((e, i) => [e, i] as const).filter(([e]) => e.verdict.kind === 'new');
		const inserted = await insertArticles(tx, originals.map(([e]) => articleRow(e, ctx, null)));
		const idByHash = new Map(inserted.map((r) => [r.contentHash, r.id]));
		const statements = [];
		const mentions = [];
		const roles = [];
		const batchIds = new Map<number, number>();
		for (const [entry, index] of originals) {
			const id = idByHash.get(entry.article.contentHash);
			// Another writer stored the same text between our check and this insert.
			if (id === undefined) {
				results[index] = { outcome: 'duplicate', statements: 0 };
				continue;
			}
			batchIds.set(index, id);
			results[index].articleId = id;
			if (!entry.extraction) continue;
			statements.push(...statementRows(id, entry.article.publishedOn, entry.extraction, ctx.ids));
			mentions.push(...mentionRows(id, entry.extraction, ctx.ids));
			roles.push(...roleSightings(entry.extraction, entry.article.publishedOn, ctx.ids));
		}
		const copies = entries
			.map((e, i) => [e, i] as const)
			.filter(([e]) => e.verdict.kind === 'near_duplicate')
			.map(([e, i]) => {
				const v = e.verdict as Extract<Verdict, { kind: 'near_duplicate' }>;
				const target = v.id ?? (v.index !== null ? batchIds.get(v.index) : undefined) ?? null;
				return [e, i, target] as const;
			});
		const copyRows = copies.map(([e, , target]) => articleRow(e, ctx, target));
		const insertedCopies = new Set((await insertArticles(tx, copyRows)).map((r) => r.contentHash));
		for (const [e, i] of copies) if (!insertedCopies.has(e.article.contentHash)) results[i] = { outcome: 'duplicate', statements: 0 };
		const added = await insertStatements(tx, statements);
		// The identity key may fold two extracted statements into one; count what the table holds.
		for (const [index, id] of batchIds) results[index].statements = added.get(id) ?? 0;
		await insertMentions(tx, mentions);
		await upsertRoles(tx, roles);
		return results;
	});
}

export async function storeBatch(db: Db, entries: BatchEntry[], ctx: StoreContext): Promise<EntryResult[]> {
	const writable = entries.filter((e) => e.verdict.kind !== 'duplicate');
	if (writable.length === 0) return entries.map(() => ({ outcome: 'duplicate', statements: 0 }));
	try {
		const results = await writeEntries(db, writable, ctx);
		let k = 0;
		return entries.map((e) => (e.verdict.kind === 'duplicate' ? { outcome: 'duplicate', statements: 0 } : results[k++]));
	} catch {
		// Something in the batch broke the transaction: find it by writing each article alone.
		const results: EntryResult[] = [];
		for (const entry of entries) {
			if (entry.verdict.kind === 'duplicate') {
				results.push({ outcome: 'duplicate', statements: 0 });
				continue;
			}
			// A copy of an article from this batch: that original now has its own id, or failed.
			try {
				const [result] = await writeEntries(db, [entry.verdict.kind === 'near_duplicate' && entry.verdict.id === null ? { ...entry, verdict: { kind: 'new' } } : entry], ctx);
				results.push(result);
			} catch (error) {
				results.push({ outcome: 'failed', statements: 0, reason: `could not be stored: ${(error as Error).message}` });
			}
		}
		return results;
	}
}
