// Extraction throughput: the dev corpus (or the fictional fixtures when the corpus is absent)
// repeated to at least 10 MB, next to a baseline pass that only splits the same text into sentences.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../src/lib/domain/statement';
import { loadGazetteer } from '../src/lib/server/resolve/gazetteer';
import { extractStatements } from '../src/lib/server/extract/extract-statements';
import { splitSentences } from '../src/lib/server/extract/split-sentences';
import { articleFromJson } from '../src/lib/server/extract/read-articles';

export interface BenchResult {
	source: string;
	articles: number;
	megabytes: number;
	/** Wall-clock figures, plus articles per CPU-second of this process (what one core does, even on a busy machine). */
	extraction: { seconds: number; articlesPerSecond: number; megabytesPerSecond: number; articlesPerCpuSecond: number };
	baseline: { seconds: number; articlesPerSecond: number; megabytesPerSecond: number; articlesPerCpuSecond: number };
	/** Baseline time / extraction time: how much slower extraction is than splitting alone. */
	ratio: number;
}

const TARGET_BYTES = 10 * 1024 * 1024;
const here = fileURLToPath(new URL('.', import.meta.url));

function loadArticles(dir: string): ArticleInput[] {
	const articlesDir = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
	const out: ArticleInput[] = [];
	for (const f of readdirSync(articlesDir).filter((x) => x.endsWith('.json')).sort()) {
		const value: unknown = JSON.parse(readFileSync(join(articlesDir, f), 'utf8'));
		const article = (value as { article?: unknown }).article ?? value;
		const parsed = articleFromJson(article, f, f);
		if (parsed.ok) out.push(parsed.article);
	}
	return out;
}

function pickSource(arg?: string): string {
	if (arg) return resolve(arg);
	const dev = resolve(here, '../../shared/corpus/dev');
	if (existsSync(join(dev, 'articles'))) return dev;
	return resolve(here, '../tests/fixtures/extract');
}

export async function benchExtraction(dir?: string): Promise<BenchResult> {
	const source = pickSource(dir);
	const base = loadArticles(source);
	if (base.length === 0) throw new Error(`${source}: no article JSON files to benchmark`);
	const gazetteer = await loadGazetteer();
	const corpus: ArticleInput[] = [];
	let bytes = 0;
	while (bytes < TARGET_BYTES) {
		for (const a of base) {
			corpus.push(a);
			bytes += Buffer.byteLength(a.text, 'utf8');
		}
	}
	const mb = bytes / (1024 * 1024);
	// Warm up the JIT on one pass of the base set so both timings measure steady state.
	// Warm up until the JIT has compiled the hot paths (~1 s), so the figures describe steady state.
	const warmUntil = performance.now() + 1000;
	while (performance.now() < warmUntil) {
		for (const a of base) {
			extractStatements(a, { gazetteer });
			splitSentences(a.text);
		}
	}
	let sink = 0;
	const cpu = () => {
		const u = process.cpuUsage();
		return (u.user + u.system) / 1e6;
	};
	let t0 = performance.now();
	let c0 = cpu();
	for (const a of corpus) sink += splitSentences(a.text).length;
	const baseSec = (performance.now() - t0) / 1000;
	const baseCpu = cpu() - c0;
	t0 = performance.now();
	c0 = cpu();
	for (const a of corpus) sink += extractStatements(a, { gazetteer }).statements.length;
	const extSec = (performance.now() - t0) / 1000;
	const extCpu = cpu() - c0;
	if (sink < 0) console.log(sink);
	const result: BenchResult = {
		source,
		articles: corpus.length,
		megabytes: Math.round(mb * 100) / 100,
		extraction: { seconds: extSec, articlesPerSecond: corpus.length / extSec, megabytesPerSecond: mb / extSec, articlesPerCpuSecond: corpus.length / extCpu },
		baseline: { seconds: baseSec, articlesPerSecond: corpus.length / baseSec, megabytesPerSecond: mb / baseSec, articlesPerCpuSecond: corpus.length / baseCpu },
		ratio: extSec / baseSec
	};
	console.log(`Extraction benchmark on ${result.articles} articles (${result.megabytes} MB) from ${source}`);
	console.log(`  extraction: ${result.extraction.articlesPerSecond.toFixed(0)} articles/s, ${result.extraction.megabytesPerSecond.toFixed(2)} MB/s (${extSec.toFixed(2)} s; ${result.extraction.articlesPerCpuSecond.toFixed(0)} articles per CPU-second)`);
	console.log(`  baseline (sentence split only): ${result.baseline.articlesPerSecond.toFixed(0)} articles/s, ${result.baseline.megabytesPerSecond.toFixed(2)} MB/s (${baseSec.toFixed(2)} s; ${result.baseline.articlesPerCpuSecond.toFixed(0)} articles per CPU-second)`);
	console.log(`  ratio: extraction takes ${result.ratio.toFixed(1)}× the baseline time`);
	return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await benchExtraction(process.argv.slice(2).find((a) => a !== '--'));
}
