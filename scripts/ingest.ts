// npm run ingest -- PATH|URL|- ...   [--map text=isi,title=judul] [--report FILE] [--batch N]
// npm run ingest -- --reextract
// npm run ingest -- --feeds feeds.txt [--every 30m]
// Reads articles into the database through the whole pipeline; exit code 1 when any item failed.
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/lib/server/db/connect';
import { prepareDatabase } from '../src/lib/server/db/prepare';
import { defaultExtractor } from '../src/lib/server/ingest/default-extractor';
import { ingest } from '../src/lib/server/ingest/pipeline';
import { parseInterval, pollFeedsOnce, readFeedList } from '../src/lib/server/ingest/poll';
import { createProgress, formatSummary } from '../src/lib/server/ingest/progress';
import { reextractArticles } from '../src/lib/server/ingest/reextract';
import { IngestRunError } from '../src/lib/server/ingest/run-lifecycle';
import { readSources } from '../src/lib/server/ingest/sources';
import { importFeedSources } from '../src/lib/server/sources/add-source';
import { parseFieldMap } from '../src/lib/server/ingest/sources/record';
import type { IngestSummary, ItemError } from '../src/lib/server/ingest/types';
import { loadGazetteer } from '../src/lib/server/resolve/gazetteer';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		map: { type: 'string' },
		report: { type: 'string' },
		batch: { type: 'string' },
		reextract: { type: 'boolean' },
		feeds: { type: 'string' },
		every: { type: 'string' },
		quiet: { type: 'boolean' },
		help: { type: 'boolean', short: 'h' }
	}
});

if (values.help || (positionals.length === 0 && !values.reextract && !values.feeds)) {
	console.log(`Usage: npm run ingest -- PATH|URL|- ... [--map text=COLUMN,...] [--report FILE] [--batch N]
       npm run ingest -- --reextract
       npm run ingest -- --feeds feeds.txt [--every 30m]`);
	process.exit(values.help ? 0 : 2);
}

/** Lines in the JSON Lines inputs: the total that makes an ETA possible. Null when unknown. */
async function countItems(inputs: string[]): Promise<number | null> {
	let total = 0;
	for (const input of inputs) {
		if (!/\.(jsonl|ndjson)$/i.test(input)) return null;
		const info = await stat(input).catch(() => null);
		if (!info?.isFile()) return null;
		for await (const chunk of createReadStream(input) as AsyncIterable<Buffer>) {
			for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) total++;
		}
	}
	return total;
}

const printError = (e: ItemError) => {
	if (!values.quiet) process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}✗ ${e.item}: ${e.reason}\n`);
};

const handle = await openDatabase({ role: 'tool', command: 'npm run ingest' });
let exitCode = 0;
try {
	// Joining a running server: it already prepared the database. Owning it: prepare here.
	if (handle.engine !== 'pglite-shared') await prepareDatabase(handle.db);
	const gazetteer = await loadGazetteer();
	const extractor = defaultExtractor(gazetteer);
	console.error(`Database: ${handle.description}`);
	let summary: IngestSummary;
	if (values.reextract) {
		const progress = createProgress(process.stderr, null);
		summary = await reextractArticles(handle.db, { extractor, gazetteer, onProgress: (s) => progress.update(s) });
		progress.done();
	} else if (values.feeds) {
		const feeds = await readFeedList(values.feeds);
		// The list becomes managed sources too, so workers poll them and /admin/sources shows them.
		const imported = await importFeedSources(handle.db, feeds);
		console.error(`Sources: ${imported.added} feed${imported.added === 1 ? '' : 's'} added to /admin/sources, ${imported.listed} already listed`);
		for (const r of imported.refused) console.error(`✗ ${r.url}: ${r.reason}`);
		const every = values.every ? parseInterval(values.every) : null;
		for (;;) {
			summary = await pollFeedsOnce(handle.db, feeds, extractor, printError);
			console.log(`${new Date().toISOString()} ${formatSummary(summary)}`);
			if (every === null) break;
			await new Promise((resolve) => setTimeout(resolve, every));
		}
	} else {
		const total = await countItems(positionals);
		const progress = createProgress(process.stderr, total);
		const batchSize = values.batch ? Number(values.batch) : undefined;
		summary = await ingest(handle.db, readSources(positionals, { map: parseFieldMap(values.map) }), {
			trigger: 'cli',
			sources: positionals,
			extractor,
			gazetteer,
			batchSize,
			onProgress: (s) => progress.update(s),
			onError: printError
		});
		progress.done();
	}
	console.log(formatSummary(summary!));
	if (values.report) await writeFile(values.report, JSON.stringify({ ...summary!, status: 'done' }, null, 2));
	if (summary!.failed > 0) exitCode = 1;
} catch (error) {
	console.error(`ingest: ${(error as Error).message}`);
	exitCode = 2;
	// The run is recorded as failed; the report says what was stored before the error, and why.
	if (error instanceof IngestRunError) {
		console.log(formatSummary(error.summary));
		if (values.report) await writeFile(values.report, JSON.stringify({ ...error.summary, status: 'failed', error: error.message }, null, 2)).catch(() => undefined);
	} else if (values.report) {
		await writeFile(values.report, JSON.stringify({ status: 'failed', error: (error as Error).message }, null, 2)).catch(() => undefined);
	}
} finally {
	await handle.close();
}
process.exit(exitCode);
