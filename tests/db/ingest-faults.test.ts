// Bad input and network faults: each gets a clear per-item error and the good items still land.
// Feeds and pages come from a test HTTP server on 127.0.0.1; no other network.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/connect';
import { defaultExtractor } from '../../src/lib/server/ingest/default-extractor';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import { readSources } from '../../src/lib/server/ingest/sources';
import { loadGazetteer } from '../../src/lib/server/resolve/gazetteer';
import { engines } from './engines';

const FIXTURES = path.resolve('tests/fixtures/ingest');
const GOOD = (n: number) =>
	`MATARAM – Ketua DPRD Provinsi NTB, Agus Wibowo, menyatakan siap mendukung program pencegahan stunting nomor ${n} melalui fungsi anggaran, Kamis (6/3/2025). Rapat dihadiri para kepala dinas dan perwakilan warga desa.`;

function articleHtml(n: number): string {
	const scripts = Array.from({ length: 200 }, (_, i) => `<script>var tracker${i} = "${'x'.repeat(200)}"; document.write('iklan ${i}');</script>`).join('\n');
	return `<!doctype html><html lang="id"><head><title>Berita ${n}</title><meta property="article:published_time" content="2025-03-07T09:00:00+07:00">${scripts}</head>
<body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>${scripts}
<article><h1>DPRD NTB dukung program ${n}</h1><p>${GOOD(n)}</p><p>Baca Juga: Berita lain yang tidak terkait</p>
<p>Para peserta sepakat membentuk tim kecil untuk menyusun rincian kebutuhan dan perkiraan biaya program tersebut di setiap kecamatan.</p></article>
<section class="comments"><h3>Komentar</h3><p>Tulis komentar Anda</p></section>${scripts}</body></html>`;
}

let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
	server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (url === '/feed.xml') {
			res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
			res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Uji</title>
<item><title>Satu</title><link>${base}/article/1</link><guid>a1</guid><pubDate>Fri, 07 Mar 2025 02:00:00 GMT</pubDate><description>Ringkasan pendek.</description></item>
<item><title>Rusak</title><link>${base}/error</link><guid>a2</guid><description>Ringkasan.</description></item>
<item><title>Lambat</title><link>${base}/slow</link><guid>a3</guid><description>Ringkasan.</description></item>
<item><title>Putar</title><link>${base}/loop</link><guid>a4</guid><description>Ringkasan.</description></item>
</channel></rss>`);
		} else if (url.startsWith('/article/')) {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(articleHtml(Number(url.split('/').pop())));
		} else if (url === '/latin1') {
			res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
			res.end(Buffer.from(articleHtml(9).replace('stunting', 'stunting café'), 'latin1'));
		} else if (url === '/error' || url === '/feed500') {
			res.writeHead(500).end('boom');
		} else if (url === '/slow' || url === '/slowfeed') {
			setTimeout(() => res.writeHead(200).end('late'), 5000);
		} else if (url === '/loop') {
			res.writeHead(302, { location: '/loop2' }).end();
		} else if (url === '/loop2') {
			res.writeHead(302, { location: '/loop' }).end();
		} else res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	dir = await mkdtemp(path.join(tmpdir(), 'pledgewatch-faults-'));
	await writeFile(path.join(dir, 'mixed.jsonl'), [JSON.stringify({ text: GOOD(1), url: 'https://fiksi.example/1' }), '{"text": broken', JSON.stringify({ title: 'no text' }), JSON.stringify({ text: GOOD(2) })].join('\n'));
	await writeFile(path.join(dir, 'missing-column.csv'), 'judul,tautan\nA,https://fiksi.example/a\n');
	await writeFile(path.join(dir, 'empty.txt'), '');
	await writeFile(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
	await writeFile(path.join(dir, 'latin1.txt'), Buffer.concat([Buffer.from(GOOD(3)), Buffer.from([0xe9, 0xe8, 0xff])]));
	await writeFile(path.join(dir, 'huge.json'), Buffer.alloc(20_000_000, 0x20));
	await writeFile(path.join(dir, 'good.txt'), GOOD(4));
}, 60_000);

afterAll(async () => {
	server?.close();
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(engines)('ingestion faults on $name', (engine) => {
	let handle: DatabaseHandle;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ handle, drop } = await engine.open());
	});
	afterAll(() => drop());

	it('reports every broken file and line by name and stores the good items', async () => {
		const gazetteer = await loadGazetteer();
		const inputs = ['mixed.jsonl', 'missing-column.csv', 'empty.txt', 'photo.txt', 'latin1.txt', 'huge.json', 'good.txt'].map((f) => path.join(dir, f));
		inputs.push(path.join(FIXTURES, 'articles.csv'), path.join(FIXTURES, 'pledge-kalteng.md'));
		const summary = await ingest(handle.db, readSources(inputs, { map: {} }), { trigger: 'cli', sources: inputs, extractor: defaultExtractor(gazetteer), gazetteer });
		const reasons = Object.fromEntries(summary.errors.map((e) => [path.basename(e.item), e.reason]));
		expect(reasons['mixed.jsonl:2']).toMatch(/invalid JSON/);
		expect(reasons['mixed.jsonl:3']).toMatch(/no body text/);
		expect(reasons['missing-column.csv']).toMatch(/no `text` column .*--map text=COLUMN/);
		expect(reasons['empty.txt']).toMatch(/no body text/);
		expect(reasons['photo.txt']).toMatch(/binary file/);
		expect(reasons['latin1.txt']).toMatch(/not valid UTF-8 near byte/);
		expect(reasons['huge.json']).toMatch(/20\.0 MB.*limit is 10 MB/);
		// The CSV fixture names its body column `isi`, found without --map; its short row is reported.
		expect(reasons['articles.csv:3']).toMatch(/row has 2 columns; the header has 3/);
		expect(summary.new).toBe(5);
		expect(summary.failed).toBe(8);
		const stored = await handle.db.selectFrom('articles').select(['canonical_url', 'title', 'published_on']).execute();
		expect(stored.map((a) => a.canonical_url)).toContain('https://kabarfiksi.example/berita/air-bersih');
		expect(stored.find((a) => a.title === 'DPRD Kalteng Siap Dukung Air Bersih')?.published_on).toBe('2025-03-10');
		const run = await handle.db.selectFrom('ingest_runs').selectAll().where('id', '=', summary.runId!).executeTakeFirstOrThrow();
		expect(run.items_failed).toBe(8);
		expect(run.errors).toHaveLength(8);
	});

	it('follows feed links, reads pages full of scripts, and names each network failure', async () => {
		const gazetteer = await loadGazetteer();
		const inputs = [`${base}/feed.xml`, `${base}/feed500`, `${base}/slowfeed`, `${base}/latin1`];
		const limits = { timeoutMs: 1500, maxBytes: 5_000_000, maxRedirects: 5 };
		const summary = await ingest(handle.db, readSources(inputs, { limits }), { trigger: 'cli', sources: inputs, extractor: defaultExtractor(gazetteer), gazetteer });
		const reasons = Object.fromEntries(summary.errors.map((e) => [e.item.replace(base, ''), e.reason]));
		expect(reasons['/error']).toBe('HTTP 500 Internal Server Error');
		expect(reasons['/feed500']).toBe('HTTP 500 Internal Server Error');
		expect(reasons['/slow']).toMatch(/timed out after 1.5 s/);
		expect(reasons['/slowfeed']).toMatch(/timed out/);
		expect(reasons['/loop']).toMatch(/redirect loop/);
		expect(summary.new).toBe(2);
		const page = await handle.db.selectFrom('articles').select(['body', 'published_on', 'url']).where('url', '=', `${base}/article/1`).executeTakeFirstOrThrow();
		expect(page.body).toContain('siap mendukung program pencegahan stunting nomor 1');
		expect(page.body).not.toMatch(/tracker|Baca Juga|Beranda|Tulis komentar/);
		expect(page.published_on).toBe('2025-03-07');
		const latin = await handle.db.selectFrom('articles').select('body').where('url', '=', `${base}/latin1`).executeTakeFirstOrThrow();
		expect(latin.body).toContain('stunting café');
		const statements = await handle.db.selectFrom('statements').select('kind').where('article_id', 'in', (eb) => eb.selectFrom('articles').select('id').where('url', 'like', `${base}%`)).execute();
		expect(statements.some((s) => s.kind === 'pledge')).toBe(true);
	});
});
