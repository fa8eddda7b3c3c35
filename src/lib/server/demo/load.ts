// Loads the demo corpus through the ordinary ingestion pipeline (so it exercises every step),
// flagged is_demo; and removes it again.
import type { Db } from '../db/connect';
import { isFreshDatabase, removeDemoData } from '../db/queries/demo-data';
import { defaultExtractor } from '../ingest/default-extractor';
import { ingest } from '../ingest/pipeline';
import type { IngestSummary, SourceEvent } from '../ingest/types';
import { loadGazetteer } from '../resolve/gazetteer';
import { confirmDemoFollowups } from './confirm';
import { demoArticles } from './generate';

function* demoEvents(): Generator<SourceEvent> {
	for (const [i, a] of demoArticles().entries()) {
		yield { item: { origin: `demo:${i + 1}`, text: a.text, title: a.title, url: a.url, published: a.published, outlet: a.outlet, lang: a.lang } };
	}
}

/** Ingests the demo corpus (ingestion suggests follow-ups as it goes), then lets the demo editor confirm some. */
export async function loadDemo(db: Db): Promise<IngestSummary> {
	const gazetteer = await loadGazetteer();
	const summary = await ingest(db, demoEvents(), { trigger: 'demo', sources: ['demo corpus'], isDemo: true, gazetteer, extractor: defaultExtractor(gazetteer) });
	await confirmDemoFollowups(db);
	return summary;
}

/** At server start: a database that has never ingested anything gets the demo corpus, so a
 *  newcomer sees a living dashboard. PLEDGEWATCH_DEMO=0 turns this off; after
 *  `npm run demo -- --remove` the earlier runs keep it from coming back. */
export async function loadDemoIfEmpty(db: Db): Promise<IngestSummary | null> {
	if (process.env.PLEDGEWATCH_DEMO === '0') return null;
	if (!(await isFreshDatabase(db))) return null;
	return loadDemo(db);
}

export { removeDemoData };
