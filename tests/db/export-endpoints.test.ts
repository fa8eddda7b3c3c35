// The .csv/.json/.ndjson siblings on both engines: the three formats agree row for row, the same
// filters select the same statements as the /pledges page, nothing rejected or copied leaks out,
// and hostile text comes out neutralized in CSV and escaped in JSON.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { searchPledges } from '../../src/lib/server/db/queries/pledges';
import { statementIdsOf } from '../../src/lib/server/db/queries/statement-cards';
import { parsePledgeFilters } from '../../src/lib/filters/pledge-filters';
import { LIST_GROUPS, parseInstitutionFilters } from '../../src/lib/filters/institution-filters';
import { listInstitutions } from '../../src/lib/server/db/queries/dashboard-institutions';
import { exportArticles, exportInstitutionList, exportInstitutionPledges, exportPledges } from '../../src/lib/server/export/handlers';
import type { ExportFormat } from '../../src/lib/server/export/formats';
import type { ExportRequest, JsonPage } from '../../src/lib/server/export/respond';
import { toCsvCell } from '../../src/lib/server/export/neutralize';
import { engines } from './engines';
import { HOSTILE_NAME, HOSTILE_QUOTE, insertExportFixture, type ExportFixture } from './export-fixture';

const ORIGIN = 'https://pledgewatch.test';
const NOW = new Date('2026-11-28T10:00:00Z');

function req(path: string, format: ExportFormat, headers: Record<string, string> = {}): ExportRequest {
	const url = new URL(path, ORIGIN);
	return { request: new Request(url, { headers }), url, format, now: NOW };
}

type Handler = (db: Db, r: ExportRequest) => Promise<Response>;

async function formats(db: Db, handler: Handler, pathWithoutExt: string, query = '') {
	const q = query ? `?${query}` : '';
	const sep = query ? '&' : '?';
	const json = (await (await handler(db, req(`${pathWithoutExt}.json${q}${sep}limit=1000`, 'json'))).json()) as JsonPage;
	const csvText = await (await handler(db, req(`${pathWithoutExt}.csv${q}`, 'csv'))).text();
	const ndjsonText = await (await handler(db, req(`${pathWithoutExt}.ndjson${q}`, 'ndjson'))).text();
	const csv = parse(csvText, { columns: true }) as Record<string, string>[];
	const ndjson = ndjsonText.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
	return { json, csv, csvText, ndjson };
}

function asCsv(row: Record<string, unknown>): Record<string, string> {
	return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toCsvCell(v as string | number | boolean | null)]));
}

describe.each(engines)('exports on $name', (engine) => {
	let db: Db;
	let fx: ExportFixture;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		fx = await insertExportFixture(db);
	});
	afterAll(() => drop());

	const pledgeQueries = ['', 'category=budget', 'province=62', 'kind=request', 'year=2025&level=province', 'q=anggaran', 'from=2025-03&to=2025-03', 'review=confirmed', 'strength=hedged'];

	it.each(pledgeQueries)('pledges "%s": CSV parsed back equals the JSON rows and NDJSON, in id order', async (query) => {
		const { json, csv, ndjson } = await formats(db, (d, r) => exportPledges(d, r), '/pledges', query);
		expect(json.rows.length).toBe(json.total);
		expect(csv).toEqual(json.rows.map(asCsv));
		expect(ndjson).toEqual(json.rows);
		const ids = json.rows.map((r) => r.id as number);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
	});

	it.each(pledgeQueries)('pledges "%s": the same statements as the /pledges page', async (query) => {
		const f = parsePledgeFilters(new URLSearchParams(query));
		const page = await searchPledges(db, f, null, 100);
		const { json } = await formats(db, (d, r) => exportPledges(d, r), '/pledges', query);
		expect(json.total).toBe(page.total);
		expect(new Set(json.rows.map((r) => r.id))).toEqual(new Set(page.cards.flatMap(statementIdsOf)));
	});

	it('never exports rejected statements or statements on a syndicated copy', async () => {
		const { json } = await formats(db, (d, r) => exportPledges(d, r), '/pledges');
		const ids = json.rows.map((r) => r.id);
		expect(ids).not.toContain(fx.statements.rejected);
		expect(ids).not.toContain(fx.statements.onCopy);
		expect(ids).toEqual(
			[fx.statements.oversight, fx.statements.budget, fx.statements.request, fx.statements.hostile, fx.statements.water, fx.statements.undated].sort((a, b) => a - b)
		);
		// Asking for rejected ones by filter is not possible either.
		const asked = await formats(db, (d, r) => exportPledges(d, r), '/pledges', 'review=rejected');
		expect(asked.json.rows.map((r) => r.id)).not.toContain(fx.statements.rejected);
	});

	it('neutralizes formulas in CSV and keeps the exact text in JSON', async () => {
		const { json, csv, csvText } = await formats(db, (d, r) => exportPledges(d, r), '/pledges', 'category=budget');
		const hostileJson = json.rows.find((r) => r.id === fx.statements.hostile)!;
		expect(hostileJson.actor_name).toBe(HOSTILE_NAME);
		expect(hostileJson.evidence_text).toBe(HOSTILE_QUOTE);
		const hostileCsv = csv.find((r) => r.id === String(fx.statements.hostile))!;
		expect(hostileCsv.actor_name).toBe(`'${HOSTILE_NAME}`);
		expect(hostileCsv.evidence_text).toBe(`'${HOSTILE_QUOTE}`);
		expect(hostileCsv.speaker_role).toBe("'-Wakil Ketua");
		// No raw cell begins with a formula character: every such cell is quoted-and-prefixed or prefixed.
		for (const row of parse(csvText, { relax_quotes: false }) as string[][]) {
			for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
		}
		// RFC 4180: CRLF record ends, embedded quotes doubled, the line break kept inside a quoted cell.
		expect(csvText).toContain('\r\n');
		expect(csvText).toContain(`"'+SUM(A1:A9) berjanji, ""segera""\nmenambah <b>anggaran</b> jembatan"`);
	});

	it('neutralizes a leading tab and a leading @ in CSV', async () => {
		const water = await formats(db, (d, r) => exportPledges(d, r), '/pledges', 'province=82');
		const row = water.csv.find((r) => r.id === String(fx.statements.water))!;
		expect(row.evidence_text.startsWith("'\t")).toBe(true);
		const articles = await formats(db, (d, r) => exportArticles(d, r), '/articles');
		expect(articles.csv.find((r) => r.id === String(fx.articles.b))!.title).toBe('\'@Rapat "anggaran", jembatan');
	});

	it('writes a stable, documented header row and an optional BOM', async () => {
		const plain = await (await exportPledges(db, req('/pledges.csv', 'csv'))).text();
		expect(plain.split('\r\n')[0]).toBe(
			'id,permalink,kind,category,strength,status,review_status,confidence,stated_on,actor_slug,actor_name,actor_kind,actor_level,region_code,province_code,speaker_name,speaker_role,target_slug,target_name,target_text,amount,amount_qualifier,currency,evidence_text,evidence_start,evidence_end,article_id,article_title,article_url,outlet_name,published_on,extractor_version,is_demo,due_on,due_phrase,overdue'
		);
		const bom = await (await exportPledges(db, req('/pledges.csv?bom=1', 'csv'))).arrayBuffer();
		expect([...new Uint8Array(bom).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new Uint8Array(await new Response(plain).arrayBuffer())[0]).toBe(0x69); // 'i'
	});

	it('names the download after the filters and the date', async () => {
		const res = await exportPledges(db, req('/pledges.csv?download=1&category=budget&province=62&sort=oldest', 'csv'));
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
		expect(res.headers.get('content-disposition')).toBe('attachment; filename="pledgewatch-pledges-category-budget-province-62-2026-11-28.csv"');
		// The body is not wanted here; cancelling it gives a PostgreSQL export's connection back at once.
		await res.body?.cancel();
		const plain = await exportPledges(db, req('/pledges.ndjson', 'ndjson'));
		expect(plain.headers.get('content-disposition')).toBeNull();
		expect(plain.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
	});

	it('pages JSON by keyset cursor: every row once, the total on each page', async () => {
		const seen: unknown[] = [];
		let path: string | null = '/pledges.json?limit=2';
		let pages = 0;
		while (path) {
			const page = (await (await exportPledges(db, req(path, 'json'))).json()) as JsonPage;
			expect(page.total).toBe(6);
			expect(page.rows.length).toBeLessThanOrEqual(2);
			seen.push(...page.rows.map((r) => r.id));
			path = page.next_url ? new URL(page.next_url).pathname + new URL(page.next_url).search : null;
			pages++;
		}
		expect(pages).toBe(3);
		expect(new Set(seen).size).toBe(6);
	});

	it('answers bad limits and cursors with a 400 in the one error shape', async () => {
		for (const q of ['limit=0', 'limit=5000', 'limit=abc', 'cursor=DROP', 'cursor=i1;--']) {
			const res = await exportPledges(db, req(`/pledges.json?${q}`, 'json'));
			expect(res.status).toBe(400);
			const body = (await res.json()) as { error: { code: string; message: string } };
			expect(body.error.code).toBe('bad_request');
			expect(body.error.message.length).toBeGreaterThan(10);
		}
	});

	it('answers 304 when the ETag still matches', async () => {
		const first = await exportPledges(db, req('/pledges.json', 'json'));
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^"[\w-]+"$/);
		const again = await exportPledges(db, req('/pledges.json', 'json', { 'if-none-match': etag }));
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		const other = await exportPledges(db, req('/pledges.json?category=budget', 'json', { 'if-none-match': etag }));
		expect(other.status).toBe(200);
	});

	it('exports the legislature and agency lists with the list filters and rollup counts', async () => {
		const legislatures = await formats(db, (d, r) => exportInstitutionList(d, 'legislatures', r), '/legislatures');
		expect(legislatures.json.rows.map((r) => r.slug)).toEqual(['dewan-perwakilan-contoh', 'dewan-kabupaten-rekaan']);
		expect(legislatures.csv).toEqual(legislatures.json.rows.map(asCsv));
		const dewan = legislatures.json.rows[0];
		expect(dewan).toMatchObject({ requests: 0, pledges_budget: 1, pledges_oversight: 1, last_month: '2025-03', province_code: '62' });
		// Counts come from statement_rollup, as on the /legislatures page (which also counts the
		// statement that slipped onto a copy: the rollup trusts copies to carry none).
		const listed = await listInstitutions(db, LIST_GROUPS.legislatures, parseInstitutionFilters(new URLSearchParams()), { limit: 50, offset: 0, sparkMonths: [] });
		expect(dewan.pledges).toBe(listed.rows.find((r) => r.slug === 'dewan-perwakilan-contoh')!.pledges);
		expect(legislatures.json.total).toBe(listed.total);
		expect(legislatures.csv[1].name).toBe(`'${HOSTILE_NAME}`);
		const agencies = await formats(db, (d, r) => exportInstitutionList(d, 'agencies', r), '/agencies', 'province=82');
		expect(agencies.json.rows.map((r) => r.slug)).toEqual(['kantor-air-rekaan']);
		const active = await formats(db, (d, r) => exportInstitutionList(d, 'legislatures', r), '/legislatures', 'from=2025-06');
		expect(active.json.rows.map((r) => r.slug)).toEqual(['dewan-kabupaten-rekaan']);
	});

	it("exports one institution's statements and redirects a merged slug", async () => {
		const own = await formats(db, (d, r) => exportInstitutionPledges(d, 'dewan-perwakilan-contoh', r), '/institutions/dewan-perwakilan-contoh');
		expect(own.json.rows.map((r) => r.id)).toEqual([fx.statements.oversight, fx.statements.budget]);
		expect(own.csv).toEqual(own.json.rows.map(asCsv));
		const moved = await exportInstitutionPledges(db, fx.mergedSlug, req(`/institutions/${fx.mergedSlug}.csv?category=budget`, 'csv'));
		expect(moved.status).toBe(301);
		expect(moved.headers.get('location')).toBe('/institutions/dewan-perwakilan-contoh.csv?category=budget');
		const missing = await exportInstitutionPledges(db, 'tidak-ada', req('/institutions/tidak-ada.json', 'json'));
		expect(missing.status).toBe(404);
		expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
	});

	it('exports article metadata with public statement counts; copies count none', async () => {
		const all = await formats(db, (d, r) => exportArticles(d, r), '/articles');
		expect(all.csv).toEqual(all.json.rows.map(asCsv));
		const byId = new Map(all.json.rows.map((r) => [r.id, r]));
		expect(byId.get(fx.articles.a)).toMatchObject({ statements: 3, duplicate_of: null });
		expect(byId.get(fx.articles.b)).toMatchObject({ statements: 1 });
		expect(byId.get(fx.articles.copy)).toMatchObject({ statements: 0, duplicate_of: fx.articles.a });
		expect(Object.keys(all.json.rows[0])).not.toContain('body');
		const english = await formats(db, (d, r) => exportArticles(d, r), '/articles', 'language=en');
		expect(english.json.rows.map((r) => r.id)).toEqual([fx.articles.c]);
	});
});
