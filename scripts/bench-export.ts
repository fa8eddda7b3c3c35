// Export throughput on PostgreSQL: the full /pledges.csv response (on PostgreSQL written by the
// server's COPY with formula neutralization in SQL, see src/lib/server/db/copy-csv.ts) for many
// statements, next to the server's own
// `COPY (SELECT …) TO STDOUT WITH CSV` of the same rows read by psql, with this process's peak memory.
// Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (an admin URL: a scratch database is created and dropped).
// BENCH_EXPORT_ROWS sets the number of statements (default 1,000,000).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { openDatabase } from '../src/lib/server/db/connect';
import { prepareDatabase } from '../src/lib/server/db/prepare';
import type { Db } from '../src/lib/server/db/connect';
import { emptyPledgeFilters } from '../src/lib/filters/pledge-filters';
import { pledgesDataset } from '../src/lib/server/export/dataset-pledges';
import { exportPledges } from '../src/lib/server/export/handlers';
import { pledgeSource } from '../src/lib/server/export/sources';
import { exportStream } from '../src/lib/server/export/stream';
import { adminQuery } from './bench-support';

export interface ExportBenchResult {
	rows: number;
	megabytes: number;
	export: { seconds: number; rowsPerSecond: number };
	/** The paged path (keyset chunks encoded in JavaScript), for reference. */
	paged: { seconds: number; rowsPerSecond: number };
	copy: { seconds: number; rowsPerSecond: number } | null;
	/** Export speed / COPY speed (target ≥ 0.5). */
	ratio: number | null;
	/** RSS when the export starts (runtime, modules, pool): the export's own cost is peak − this. */
	baselineRssMb: number;
	peakRssMb: number;
	peakHeapMb: number;
}

export async function fillStatements(db: Db, rows: number): Promise<void> {
	const outlet = await db.insertInto('outlets').values({ domain: 'bench-rekaan.example', name: 'Bench Rekaan' }).returning('id').executeTakeFirstOrThrow();
	const institutions = await db
		.insertInto('institutions')
		.values(
			Array.from({ length: 50 }, (_, i) => ({
				slug: `dewan-bench-${i}`,
				name: i % 7 === 0 ? `=Dewan Bench ${i}` : `Dewan Bench ${i}`,
				kind: i % 2 ? ('agency' as const) : ('legislature' as const),
				level: 'province' as const,
				region_code: '62'
			}))
		)
		.returning('id')
		.execute();
	const articleIds: number[] = [];
	for (let i = 0; i < 100; i++) {
		const a = await db
			.insertInto('articles')
			.values({ body: `Berita bench ${i}. `.repeat(50), title: `Berita, "bench" ${i}`, language: 'id', published_on: '2025-01-01', content_hash: `bench-${i}`, outlet_id: outlet.id, url: `https://bench-rekaan.example/${i}` })
			.returning('id')
			.executeTakeFirstOrThrow();
		articleIds.push(a.id);
	}
	const batch = 100_000;
	for (let from = 1; from <= rows; from += batch) {
		const to = Math.min(rows, from + batch - 1);
		await sql`insert into statements (article_id, kind, category, actor_institution_id, evidence_text, evidence_start, evidence_end,
				strength, stated_on, confidence, extractor_version, amount, amount_qualifier)
			select (${sql.val(articleIds)}::int[])[1 + g % 100], case when g % 4 = 0 then 'request' else 'pledge' end,
				(array['budget','oversight','program','regulation','other'])[1 + g % 5],
				(${sql.val(institutions.map((r) => r.id))}::int[])[1 + g % 50],
				'Dewan berkomitmen mengalokasikan anggaran, "segera", untuk program nomor ' || g, g, g + 1, 'firm',
				date '2015-01-01' + (g % 4000), 0.5, 'bench', case when g % 3 = 0 then g * 1000 end, case when g % 3 = 0 then 'about' end
			from generate_series(${from}::int, ${to}::int) as g`.execute(db);
	}
	await sql`analyze`.execute(db);
}

/** The same rows and columns as the unfiltered /pledges.csv, for COPY. */
const COPY_SELECT = `select s.id, 'https://pledgewatch.test/pledges/' || s.id, s.kind, s.category, s.strength, s.status, s.review_status,
	s.confidence, s.stated_on, i.slug, i.name, i.kind, i.level, i.region_code, coalesce(g.province_code, g.code), p.name, s.speaker_role,
	t.slug, t.name, s.target_text, s.amount, s.amount_qualifier, s.currency, s.evidence_text, s.evidence_start, s.evidence_end,
	s.article_id, a.title, coalesce(a.canonical_url, a.url), o.name, a.published_on, s.extractor_version, a.is_demo
	from statements s join articles a on a.id = s.article_id
	left join institutions i on i.id = s.actor_institution_id left join regions g on g.code = i.region_code
	left join institutions t on t.id = s.target_institution_id left join people p on p.id = s.speaker_person_id
	left join outlets o on o.id = a.outlet_id
	where s.review_status <> 'rejected' and a.duplicate_of is null order by s.id`;

/** Line feeds in a chunk, by memchr: counting the same way on both sides keeps the comparison fair. */
function countLineFeeds(chunk: Uint8Array): number {
	const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
	let n = 0;
	for (let at = buf.indexOf(10); at !== -1; at = buf.indexOf(10, at + 1)) n++;
	return n;
}

function runCopy(url: string): Promise<{ seconds: number; lines: number } | null> {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn('psql', [url, '-X', '-q', '-c', `copy (${COPY_SELECT.replace(/\s+/g, ' ')}) to stdout with csv header`], { stdio: ['ignore', 'pipe', 'inherit'] });
		let lines = 0;
		child.stdout.on('data', (chunk: Buffer) => {
			lines += countLineFeeds(chunk);
		});
		child.on('error', () => resolve(null));
		child.on('close', (code) => resolve(code === 0 ? { seconds: (performance.now() - started) / 1000, lines } : null));
	});
}

interface Drained {
	seconds: number;
	bytes: number;
	lines: number;
}

/** Reads a response body to the end as a client would, sampling this process's memory per chunk. */
async function drain(body: ReadableStream<Uint8Array>, memory: { peakRss: number; peakHeap: number }): Promise<Drained> {
	const started = performance.now();
	const reader = body.getReader();
	let bytes = 0;
	let lines = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes += value.byteLength;
		lines += countLineFeeds(value);
		const m = process.memoryUsage();
		memory.peakRss = Math.max(memory.peakRss, m.rss);
		memory.peakHeap = Math.max(memory.peakHeap, m.heapUsed);
	}
	return { seconds: (performance.now() - started) / 1000, bytes, lines };
}

export async function benchExport(): Promise<ExportBenchResult | null> {
	const adminUrl = (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? '').trim();
	console.log('\nExport (CSV stream vs PostgreSQL COPY)');
	if (!adminUrl) {
		console.log('  skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server');
		return null;
	}
	const rows = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000);
	const name = `pledgewatch_bench_${randomBytes(5).toString('hex')}`;
	await adminQuery(adminUrl, `create database ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ role: 'tool', config: { engine: 'postgres', url: url.toString() } });
	try {
		await prepareDatabase(handle.db);
		const t0 = performance.now();
		await fillStatements(handle.db, rows);
		console.log(`  ${rows.toLocaleString('en')} statements written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

		// Rounds alternate COPY and export so both see the same cache state; the best of each counts.
		const rounds = Math.max(1, Number(process.env.BENCH_EXPORT_ROUNDS ?? 2));
		const target = new URL('https://pledgewatch.test/pledges.csv');
		const request = { request: new Request(target), url: target, format: 'csv' as const, now: new Date() };
		const baselineRss = process.memoryUsage().rss;
		const memory = { peakRss: baselineRss, peakHeap: process.memoryUsage().heapUsed };
		let copy: { seconds: number; lines: number } | null = null;
		let best: Drained | null = null;
		for (let round = 0; round < rounds; round++) {
			const copied = await runCopy(url.toString());
			if (copied && (!copy || copied.seconds < copy.seconds)) copy = copied;
			const exported = await drain((await exportPledges(handle.db, request)).body!, memory);
			if (!best || exported.seconds < best.seconds) best = exported;
		}
		// The paged path (PGlite, or every COPY slot busy), once, for reference.
		const pagedMemory = { peakRss: process.memoryUsage().rss, peakHeap: process.memoryUsage().heapUsed };
		const paged = await drain(exportStream(pledgesDataset, pledgeSource(handle.db, emptyPledgeFilters()), { origin: target.origin }, { format: 'csv' }), pagedMemory);
		const { seconds, bytes, lines } = best!;
		const exported = lines - 1;
		const result: ExportBenchResult = {
			rows: exported,
			megabytes: bytes / 1e6,
			export: { seconds, rowsPerSecond: exported / seconds },
			paged: { seconds: paged.seconds, rowsPerSecond: (paged.lines - 1) / paged.seconds },
			copy: copy ? { seconds: copy.seconds, rowsPerSecond: (copy.lines - 1) / copy.seconds } : null,
			ratio: copy ? (exported / seconds) / ((copy.lines - 1) / copy.seconds) : null,
			baselineRssMb: baselineRss / 1e6,
			peakRssMb: memory.peakRss / 1e6,
			peakHeapMb: memory.peakHeap / 1e6
		};
		const fmt = (n: number) => Math.round(n).toLocaleString('en');
		console.log(`  CSV export (best of ${rounds}): ${fmt(result.rows)} rows, ${result.megabytes.toFixed(0)} MB in ${seconds.toFixed(1)} s = ${fmt(result.export.rowsPerSecond)} rows/s`);
		if (result.copy) console.log(`  COPY … TO STDOUT WITH CSV (psql, best of ${rounds}): ${result.copy.seconds.toFixed(1)} s = ${fmt(result.copy.rowsPerSecond)} rows/s`);
		else console.log('  COPY baseline skipped: psql not found or it failed');
		if (result.ratio !== null) console.log(`  export / COPY speed: ${result.ratio.toFixed(2)} (target ≥ 0.5)`);
		console.log(
			`  paged CSV (PGlite's path, and the fallback when COPY slots are busy): ${paged.seconds.toFixed(1)} s = ${fmt(result.paged.rowsPerSecond)} rows/s, peak RSS ${(pagedMemory.peakRss / 1e6).toFixed(0)} MB, heap ${(pagedMemory.peakHeap / 1e6).toFixed(0)} MB`
		);
		console.log(
			`  peak memory of this process during the CSV exports: RSS ${result.peakRssMb.toFixed(0)} MB (${result.baselineRssMb.toFixed(0)} MB before the exports started), heap ${result.peakHeapMb.toFixed(0)} MB (target < 200 MB)`
		);
		return result;
	} finally {
		await handle.close();
		await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchExport();
