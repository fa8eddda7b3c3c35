// CSV exports on PostgreSQL come from the server's COPY (src/lib/server/db/copy-csv.ts). These
// check what that path adds over the paged one: identical records across many 64 kB COPY chunks
// with hostile multi-line text, the formula guard in SQL matching the JavaScript one, a cancelled
// download ending the COPY and freeing its connection, and the fallback when every COPY slot is
// taken. PGlite has no COPY path and answers null.
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { openCsvCopy } from '../../src/lib/server/db/copy-csv';
import { csvSafeText } from '../../src/lib/server/db/queries/csv-cells';
import { pledgesCsvPlan } from '../../src/lib/server/db/queries/export-pledges-csv';
import { emptyPledgeFilters, parsePledgeFilters } from '../../src/lib/filters/pledge-filters';
import { pledgesDataset } from '../../src/lib/server/export/dataset-pledges';
import { exportArticles, exportPledges } from '../../src/lib/server/export/handlers';
import { articlesDataset } from '../../src/lib/server/export/dataset-articles';
import { emptyArticleFilters } from '../../src/lib/filters/article-filters';
import { neutralizeCell } from '../../src/lib/server/export/neutralize';
import { articleSource, pledgeSource } from '../../src/lib/server/export/sources';
import { exportStream } from '../../src/lib/server/export/stream';
import { engines } from './engines';
import { insertExportFixture } from './export-fixture';

const ORIGIN = 'https://pledgewatch.test';
const ROWS = 3000;

async function insertHostileRows(db: Db): Promise<void> {
	const inst = await db.insertInto('institutions').values({ slug: 'dewan-salin-rekaan', name: '@Dewan Salin, "Rekaan"', kind: 'legislature', level: 'regency', region_code: '62.02' }).returning('id').executeTakeFirstOrThrow();
	const article = await db
		.insertInto('articles')
		.values({ body: 'Dewan Salin Rekaan berjanji. '.repeat(20), title: '-Judul, "rekaan"\nbaris dua', language: 'id', published_on: '2025-02-03', content_hash: 'copy-test' })
		.returning('id')
		.executeTakeFirstOrThrow();
	// Quotes, commas, line breaks and formula starts in every row, so COPY quotes across chunk boundaries.
	await sql`insert into statements (article_id, kind, category, actor_institution_id, evidence_text, evidence_start, evidence_end,
			strength, stated_on, confidence, extractor_version, amount, amount_qualifier, target_text)
		select ${article.id}, 'pledge', 'budget', ${inst.id},
			(array['=', '+', '-', '@', 'x'])[1 + g % 5] || 'janji "nomor" ' || g || E',\nbaris\r\nberikut', g, g + 1, 'firm',
			date '2024-01-01' + g, 0.25, 'copy-test', case when g % 2 = 0 then g * 1000 end, case when g % 2 = 0 then 'about' end,
			case when g % 3 = 0 then '' end
		from generate_series(1, ${ROWS}) as g`.execute(db);
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
	return new Response(stream).text();
}

async function copyQueries(db: Db): Promise<number> {
	const row = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and query like 'copy (%'`.execute(db);
	return row.rows[0].n;
}

const postgres = engines.filter((e) => e.name === 'postgres');
const pglite = engines.filter((e) => e.name === 'pglite');

describe.each(pglite)('CSV by COPY on $name', (engine) => {
	it('is not available: the paged stream serves the export', async () => {
		const { handle, drop } = await engine.open();
		try {
			const plan = pledgesCsvPlan(handle.db, emptyPledgeFilters());
			expect(await openCsvCopy(handle.db, plan, ORIGIN)).toBeNull();
		} finally {
			await drop();
		}
	});
});

describe.skipIf(postgres.length === 0).each(postgres)('CSV by COPY on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		await insertExportFixture(db);
		await insertHostileRows(db);
	});
	afterAll(() => drop());

	const request = (path: string) => {
		const url = new URL(path, ORIGIN);
		return { request: new Request(url), url, format: 'csv' as const, now: new Date('2026-11-28T10:00:00Z') };
	};

	it('writes the same records as the paged exporter, over many chunks of hostile text', async () => {
		const copied = await (await exportPledges(db, request('/pledges.csv'))).text();
		const source = pledgeSource(db, emptyPledgeFilters());
		const paged = await text(exportStream(pledgesDataset, source, { origin: ORIGIN }, { format: 'csv' }));
		expect(copied.length).toBeGreaterThan(5 * 65536);
		const a = parse(copied, { columns: true }) as Record<string, string>[];
		const b = parse(paged, { columns: true }) as Record<string, string>[];
		expect(a.length).toBeGreaterThan(ROWS);
		expect(a).toEqual(b);
		// Every record ends with CRLF; the line breaks inside quotes are data and stay as written.
		expect(copied.endsWith('\r\n')).toBe(true);
		expect(copied).toContain(',\nbaris\r\nberikut"');
		expect(a.find((r) => r.evidence_text.startsWith("'=janji"))).toBeTruthy();
	});

	it('guards formulas in SQL exactly as the JavaScript guard does', async () => {
		const samples = ['=1+1', '+62', '-2', '@A1', '\tx', '\rx', '＝x', '＋x', '－x', '＠x', 'x=1', ' =1', "'=1", '', 'plain', '🙂=', '\n=1'];
		for (const value of samples) {
			const row = await sql<{ v: string }>`select ${csvSafeText(sql.val(value))} as v`.execute(db);
			expect(row.rows[0].v, JSON.stringify(value)).toBe(neutralizeCell(value));
		}
	});

	it('filters exactly as the paged exporter does', async () => {
		for (const query of ['q=anggaran', 'province=62&category=budget', 'year=2024', 'institution=dewan-salin-rekaan&from=2024-03&to=2024-04']) {
			const copied = parse(await (await exportPledges(db, request(`/pledges.csv?${query}`))).text(), { columns: true });
			const source = pledgeSource(db, parsePledgeFilters(new URLSearchParams(query)));
			const paged = parse(await text(exportStream(pledgesDataset, source, { origin: ORIGIN }, { format: 'csv' })), { columns: true });
			expect(copied, query).toEqual(paged);
		}
	});

	it('ends the COPY and frees its connection when the download is cancelled', async () => {
		for (let i = 0; i < 12; i++) {
			const reader = (await exportPledges(db, request('/pledges.csv'))).body!.getReader();
			await reader.read();
			await reader.read();
			if (i === 0) expect(await copyQueries(db)).toBe(1);
			await reader.cancel();
		}
		const deadline = Date.now() + 5000;
		while ((await copyQueries(db)) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
		expect(await copyQueries(db)).toBe(0);
		// Twelve cancelled downloads on a pool of ten: none kept its connection.
		const rows = await Promise.all(Array.from({ length: 10 }, () => sql<{ one: number }>`select 1 as one`.execute(db)));
		expect(rows.every((r) => r.rows[0].one === 1)).toBe(true);
	});

	it('fails the download, instead of ending it early, when the database connection is lost', async () => {
		const reader = (await exportPledges(db, request('/pledges.csv'))).body!.getReader();
		await reader.read();
		await reader.read();
		await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'copy (%'`.execute(db);
		const readToEnd = async () => {
			for (;;) if ((await reader.read()).done) return 'ended';
		};
		// Depending on where the read was, pg reports the termination itself or the broken connection.
		await expect(readToEnd()).rejects.toThrow(/terminat|connection/i);
	});

	it('writes the articles CSV as the paged exporter does', async () => {
		const copied = parse(await (await exportArticles(db, request('/articles.csv'))).text(), { columns: true }) as Record<string, string>[];
		const paged = parse(await text(exportStream(articlesDataset, articleSource(db, emptyArticleFilters()), { origin: ORIGIN }, { format: 'csv' })), { columns: true });
		expect(copied.length).toBeGreaterThan(3);
		expect(copied).toEqual(paged);
		expect(copied.some((r) => r.statements === String(ROWS))).toBe(true);
	});

	it('serves further downloads by paging while every COPY slot is taken', async () => {
		const responses = await Promise.all(Array.from({ length: 3 }, () => exportPledges(db, request('/pledges.csv?category=budget'))));
		// Two COPY slots: only two COPYs run, the third download pages.
		expect(await copyQueries(db)).toBeLessThanOrEqual(2);
		const bodies = await Promise.all(responses.map((r) => r.text()));
		const parsed = bodies.map((b) => parse(b, { columns: true }));
		expect(parsed[0].length).toBeGreaterThan(ROWS);
		expect(parsed[1]).toEqual(parsed[0]);
		expect(parsed[2]).toEqual(parsed[0]);
	});
});
