// One ingestion run: source events → normalize → dedupe → extract → resolve → store, in batches,
// with a tally per outcome and an error naming every item that failed. Recorded in ingest_runs.
import type { Db } from '../db/connect';
import { refreshArticleStatistics, upsertOutlets } from '../db/queries/articles-write';
import type { IngestRunTable } from '../db/schema';
import { loadGazetteer, type Gazetteer } from '../resolve/gazetteer';
import { InstitutionResolver } from '../resolve/institutions';
import { PersonResolver } from '../resolve/people';
import { classifyBatch } from './dedupe';
import type { ArticleExtractor } from './extractor';
import { normalizeItem } from './normalize';
import { resolveExtractions, type Resolvers } from './resolve-batch';
import { runRecorded } from './run-lifecycle';
import { storeBatch, type BatchEntry, type EntryResult } from './store-batch';
import { suggestFollowups } from '../editorial/suggest-updates';
import { emptySummary, ItemRejected, type IngestSummary, type ItemError, type NormalizedArticle, type SourceEvent } from './types';

export interface IngestOptions {
	trigger: IngestRunTable['trigger'];
	/** What the run read, as shown in ingest_runs ("news.jsonl", a feed URL). */
	sources: string[];
	extractor: ArticleExtractor | null;
	isDemo?: boolean;
	gazetteer?: Gazetteer;
	/** Articles per write transaction. */
	batchSize?: number;
	onProgress?: (summary: IngestSummary) => void;
	onError?: (error: ItemError) => void;
}

export interface RunContext {
	db: Db;
	options: IngestOptions;
	resolvers: Resolvers;
	summary: IngestSummary;
	extractorVersion: string | null;
}

function fail(ctx: RunContext, error: ItemError): void {
	ctx.summary.failed++;
	ctx.summary.errors.push(error);
	ctx.options.onError?.(error);
}

/**
 * A batch whose processing throws outside the per-article store (an outlet name the database
 * refuses, a resolver failing on one text) is done again one article at a time, so the error is
 * pinned on the article that caused it and every other one lands.
 */
async function processIsolated(ctx: RunContext, batch: NormalizedArticle[]): Promise<void> {
	try {
		await processBatch(ctx, batch);
		return;
	} catch (error) {
		const storeFailure = (article: NormalizedArticle, cause: unknown) => {
			const reason = `could not be stored: ${(cause as Error).message}`;
			fail(ctx, { item: article.origin, reason });
			return reason;
		};
		if (batch.length === 1) {
			storeFailure(batch[0], error);
			return;
		}
		// processBatch tallies only after its last write, so nothing was counted for this batch yet.
		const reasons = new Set<string>();
		let failed = 0;
		for (const article of batch) {
			try {
				await processBatch(ctx, [article]);
			} catch (cause) {
				failed++;
				reasons.add(storeFailure(article, cause));
			}
		}
		// Every article failing alike is the database failing (gone, a table missing), not the
		// articles: stop the run rather than read on and fail everything after.
		if (failed === batch.length && reasons.size === 1) throw error;
	}
}

async function processBatch(ctx: RunContext, batch: NormalizedArticle[]): Promise<void> {
	const { db, options, summary } = ctx;
	const verdicts = await classifyBatch(db, batch);
	const entries: BatchEntry[] = batch.map((article, i) => ({ article, verdict: verdicts[i], extraction: null, outletId: null }));
	for (const entry of entries) {
		if (entry.verdict.kind !== 'new' || !options.extractor) continue;
		try {
			const extraction = options.extractor({ text: entry.article.body, title: entry.article.title, lang: entry.article.language, published: entry.article.publishedOn, url: entry.article.url });
			entry.extraction = extraction;
			ctx.extractorVersion ??= extraction.extractorVersion;
		} catch (error) {
			// The extractor failing on one text is a bug to report, not a reason to lose the article.
			const warning = { item: entry.article.origin, reason: `extraction failed: ${(error as Error).message}; article stored without statements` };
			summary.errors.push(warning);
			options.onError?.(warning);
		}
	}
	const outlets = await upsertOutlets(
		db,
		entries.filter((e) => e.verdict.kind !== 'duplicate' && e.article.outletDomain).map((e) => ({ domain: e.article.outletDomain!, name: e.article.outletName ?? e.article.outletDomain! }))
	);
	for (const entry of entries) entry.outletId = entry.article.outletDomain ? (outlets.get(entry.article.outletDomain) ?? null) : null;
	const ids = await resolveExtractions(ctx.resolvers, entries.flatMap((e) => (e.extraction ? [e.extraction] : [])));
	const results = await storeBatch(db, entries, { runId: summary.runId, isDemo: options.isDemo ?? false, extractorVersion: ctx.extractorVersion, ids });
	results.forEach((result, i) => {
		if (result.outcome === 'new') summary.new++;
		else if (result.outcome === 'duplicate') summary.duplicate++;
		else if (result.outcome === 'near_duplicate') summary.nearDuplicate++;
		else fail(ctx, { item: entries[i].article.origin, reason: result.reason ?? 'could not be stored' });
		summary.statementsAdded += result.statements;
	});
	await suggestFollowupsAfterBatch(ctx, entries, results);
}

/**
 * Reads the batch's new articles for news of earlier pledges (issue 12, item 2) once they are
 * stored, so pledges stored earlier in the same batch are candidates too. Suggestions are derived
 * and can be made again from /admin/updates: failing here warns and never costs an article.
 */
async function suggestFollowupsAfterBatch(ctx: RunContext, entries: BatchEntry[], results: EntryResult[]): Promise<void> {
	if (!ctx.options.extractor) return;
	const ids = results.flatMap((r) => (r.outcome === 'new' && r.articleId !== undefined ? [r.articleId] : []));
	if (ids.length === 0) return;
	try {
		await suggestFollowups(ctx.db, ids);
	} catch (error) {
		const warning = { item: entries[0].article.origin, reason: `follow-up suggestions for this batch failed: ${(error as Error).message}; the articles are stored` };
		ctx.summary.errors.push(warning);
		ctx.options.onError?.(warning);
	}
}

export async function createRunContext(db: Db, options: IngestOptions): Promise<RunContext> {
	const gazetteer = options.gazetteer ?? (await loadGazetteer());
	return {
		db,
		options,
		summary: emptySummary(),
		extractorVersion: null,
		resolvers: {
			institutions: new InstitutionResolver(db, { gazetteer, isDemo: options.isDemo ?? false }),
			people: new PersonResolver(db, options.isDemo ?? false)
		}
	};
}

export async function ingest(db: Db, events: AsyncIterable<SourceEvent> | Iterable<SourceEvent>, options: IngestOptions): Promise<IngestSummary> {
	const started = performance.now();
	const ctx = await createRunContext(db, options);
	const { summary } = ctx;
	const batchSize = options.batchSize ?? 200;
	let batch: NormalizedArticle[] = [];
	let batches = 0;
	const flush = async () => {
		const current = batch;
		batch = [];
		if (current.length) {
			await processIsolated(ctx, current);
			// Fresh statistics after batch 2, 4, 8, …: the near-duplicate lookup joins every batch
			// against the archive, and on a table that grew since the server last sampled it the
			// planner scans everything (measured 3× slower at 22k articles). Doubling keeps the
			// estimates within 2× of the truth for a handful of ANALYZE runs per ingest; a one-batch
			// run (an API post, a feed poll) adds too little to matter and skips it.
			batches++;
			if (batches >= 2 && (batches & (batches - 1)) === 0) await refreshArticleStatistics(db);
		}
		summary.seconds = (performance.now() - started) / 1000;
		options.onProgress?.(summary);
	};
	return runRecorded(db, options.trigger, options.sources, summary, async () => {
		for await (const event of events) {
			summary.read++;
			if ('error' in event) {
				fail(ctx, event.error);
				continue;
			}
			try {
				batch.push(normalizeItem(event.item));
			} catch (error) {
				// ItemRejected explains itself; anything else is a bug met on this one text.
				const reason = error instanceof ItemRejected ? error.message : `could not be normalized: ${(error as Error).message}`;
				fail(ctx, { item: event.item.origin, reason });
			}
			if (batch.length >= batchSize) await flush();
		}
		await flush();
		summary.seconds = (performance.now() - started) / 1000;
	});
}
