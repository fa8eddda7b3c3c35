// Re-runs extraction over stored articles after the extractor changes: machine statements
// (review_status 'auto') are replaced; statements an editor confirmed, edited or rejected stay,
// and only gain the deadline the extractor now reads in them when they had none.
import type { Db } from '../db/connect';
import { listArticlesForExtraction, setExtractorVersion } from '../db/queries/articles-write';
import { deleteMachineOutput, fillReviewedDeadlines, insertMentions, insertStatements } from '../db/queries/statements-write';
import { upsertRoles } from '../db/queries/people-write';
import type { ArticleExtractor } from './extractor';
import { createRunContext } from './pipeline';
import { resolveExtractions } from './resolve-batch';
import { runRecorded } from './run-lifecycle';
import { mentionRows, roleSightings, statementRows } from './to-rows';
import type { Gazetteer } from '../resolve/gazetteer';
import type { IngestSummary } from './types';

export async function reextractArticles(
	db: Db,
	options: { extractor: ArticleExtractor; gazetteer?: Gazetteer; onProgress?: (s: IngestSummary) => void }
): Promise<IngestSummary> {
	const started = performance.now();
	const ctx = await createRunContext(db, { trigger: 'reextract', sources: ['stored articles'], extractor: options.extractor, gazetteer: options.gazetteer });
	const { summary } = ctx;
	return runRecorded(db, 'reextract', ['stored articles'], summary, async () => {
		let afterId = 0;
		for (;;) {
			const page = await listArticlesForExtraction(db, afterId, 200);
			if (page.length === 0) break;
			afterId = page[page.length - 1].id;
			const extractions = page.map((a) => options.extractor({ text: a.body, title: a.title, lang: a.language, published: a.publishedOn, url: a.url }));
			const ids = await resolveExtractions(ctx.resolvers, extractions);
			for (const [i, article] of page.entries()) {
				summary.read++;
				try {
					await db.transaction().execute(async (tx) => {
						await deleteMachineOutput(tx, article.id);
						const rows = statementRows(article.id, article.publishedOn, extractions[i], ids);
						const added = await insertStatements(tx, rows);
						await fillReviewedDeadlines(tx, rows);
						await insertMentions(tx, mentionRows(article.id, extractions[i], ids));
						await upsertRoles(tx, roleSightings(extractions[i], article.publishedOn, ids));
						await setExtractorVersion(tx, article.id, extractions[i].extractorVersion);
						summary.statementsAdded += added.get(article.id) ?? 0;
					});
				} catch (error) {
					summary.failed++;
					summary.errors.push({ item: `article ${article.id}`, reason: (error as Error).message });
				}
			}
			summary.seconds = (performance.now() - started) / 1000;
			options.onProgress?.(summary);
		}
	});
}
