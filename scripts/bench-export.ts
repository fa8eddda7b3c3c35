// Export throughput on PostgreSQL: the full /pledges.csv stream (keyset chunks through Kysely,
// csv-stringify, formula neutralization) for many statements, next to the server's own
// `COPY (SELECT …) TO STDOUT WITH CSV` of the same rows read by psql, with this process's peak memory.
// Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (an admin URL: a scratch database is created and dropped).
// BENCH_EXPORT_ROWS sets the number of statements (default 1,000,000).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/lib/server/db/connect';
import { prepareDatabase } from '../src/lib/server/db/prepare';
import type { Db } from '../src/lib/server/db/connect';
import { exportPledges } from '../src/lib/server/export/handlers';

export interface ExportBenchResult {
	rows: number;
	megabytes: number;
	export: { seconds: number; rowsPerSecond: number };
	copy: { seconds: number; rowsPerSecond: number } | null;
	/** Export speed / COPY speed (target ≥ 0.5). */
	ratio: number | null;
	/** RSS when the export starts (runtime, modules, pool): the export's own cost is peak − this. */
	baselineRssMb: number;
	peakRssMb: number;
	peakHeapMb: number;
}

async function admin(url: string, text: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(text);
	} finally {
		await client.end();
	}
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

function runCopy(url: string): Promise<{ seconds: number; lines: number } | null> {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn('psql', [url, '-X', '-q', '-c', `copy (${COPY_SELECT.replace(/\s+/g, ' ')}) to stdout with csv header`], { stdio: ['ignore', 'pipe', 'inherit'] });
		let lines = 0;
		child.stdout.on('data', (chunk: Buffer) => {
			for (const b of chunk) if (b === 10) lines++;
		});
		child.on('error', () => resolve(null));
		child.on('close', (code) => resolve(code === 0 ? { seconds: (performance.now() - started) / 1000, lines } : null));
	});
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
	await admin(adminUrl, `create database ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ role: 'tool', config: { engine: 'postgres', url: url.toString() } });
	try {
		await prepareDatabase(handle.db);
		const t0 = performance.now();
		await fillStatements(handle.db, rows);
		console.log(`  ${rows.toLocaleString('en')} statements written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

		const copy = await runCopy(url.toString());

		const target = new URL('https://pledgewatch.test/pledges.csv');
		const baselineRss = process.memoryUsage().rss;
		let peakRss = baselineRss;
		let peakHeap = process.memoryUsage().heapUsed;
		const started = performance.now();
		const response = await exportPledges(handle.db, { request: new Request(target), url: target, format: 'csv', now: new Date() });
		const reader = response.body!.getReader();
		let bytes = 0;
		let lines = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			bytes += value.byteLength;
			for (const b of value) if (b === 10) lines++;
			const m = process.memoryUsage();
			peakRss = Math.max(peakRss, m.rss);
			peakHeap = Math.max(peakHeap, m.heapUsed);
		}
		const seconds = (performance.now() - started) / 1000;
		const exported = lines - 1;
		const result: ExportBenchResult = {
			rows: exported,
			megabytes: bytes / 1e6,
			export: { seconds, rowsPerSecond: exported / seconds },
			copy: copy ? { seconds: copy.seconds, rowsPerSecond: (copy.lines - 1) / copy.seconds } : null,
			ratio: copy ? (exported / seconds) / ((copy.lines - 1) / copy.seconds) : null,
			baselineRssMb: baselineRss / 1e6,
			peakRssMb: peakRss / 1e6,
			peakHeapMb: peakHeap / 1e6
		};
		const fmt = (n: number) => Math.round(n).toLocaleString('en');
		console.log(`  CSV export: ${fmt(result.rows)} rows, ${result.megabytes.toFixed(0)} MB in ${seconds.toFixed(1)} s = ${fmt(result.export.rowsPerSecond)} rows/s`);
		if (result.copy) console.log(`  COPY … TO STDOUT WITH CSV (psql): ${result.copy.seconds.toFixed(1)} s = ${fmt(result.copy.rowsPerSecond)} rows/s`);
		else console.log('  COPY baseline skipped: psql not found or it failed');
		if (result.ratio !== null) console.log(`  export / COPY speed: ${result.ratio.toFixed(2)} (target ≥ 0.5)`);
		console.log(
			`  peak memory of this process: RSS ${result.peakRssMb.toFixed(0)} MB (${result.baselineRssMb.toFixed(0)} MB before the export started), heap ${result.peakHeapMb.toFixed(0)} MB (target < 200 MB)`
		);
		return result;
	} finally {
		await handle.close();
		await admin(adminUrl, `drop database if exists ${name} with (force)`);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchExport();
