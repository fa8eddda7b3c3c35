// Atom feeds and "cite this" JSON on both engines: feeds validate and parse back with
// fast-xml-parser, hostile quotes come out escaped (and read back exactly), rejected statements
// and requests stay out; citation endpoints answer for public statements only.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { citeInstitution, citePledge } from '../../src/lib/server/export/cite-handlers';
import { institutionFeed, provinceFeed, searchFeed } from '../../src/lib/server/export/feed-handlers';
import type { CitationBundle } from '../../src/lib/citation';
import { engines } from './engines';
import { HOSTILE_NAME, HOSTILE_QUOTE, insertExportFixture, type ExportFixture } from './export-fixture';

const ORIGIN = 'https://pledgewatch.test';
const NOW = new Date('2026-11-28T08:00:00Z');

interface AtomEntry {
	id: string;
	title: string;
	summary: { '#text': string };
	author: { name: string };
	link: { '@_rel': string; '@_href': string }[];
}
interface AtomFeed {
	feed: { id: string; title: string; updated: string; entry?: AtomEntry | AtomEntry[]; link: { '@_rel': string; '@_href': string }[] };
}

async function readFeed(res: Response): Promise<{ xml: string; feed: AtomFeed['feed']; entries: AtomEntry[] }> {
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
	const xml = await res.text();
	expect(XMLValidator.validate(xml)).toBe(true);
	const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml) as AtomFeed;
	const entries = (parsed.feed.entry ?? []) as AtomEntry[];
	return { xml, feed: parsed.feed, entries };
}

describe.each(engines)('feeds and citations on $name', (engine) => {
	let db: Db;
	let fx: ExportFixture;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		fx = await insertExportFixture(db);
		await db.insertInto('regions').values({ code: '62', name: 'Kalimantan Tengah', level: 'province', province_code: null, aliases: [] }).onConflict((oc) => oc.doNothing()).execute();
	});
	afterAll(() => drop());

	const url = (path: string) => new URL(path, ORIGIN);

	it('feeds a /pledges search: pledges only by default, newest first, escaped and exact', async () => {
		const { feed, entries, xml } = await readFeed(await searchFeed(db, { url: url('/feeds/pledges.atom?category=budget'), now: NOW, lang: 'en' }));
		expect(feed.id).toBe(`${ORIGIN}/feeds/pledges.atom?kind=pledge&category=budget`);
		expect(entries.map((e) => e.id)).toEqual([fx.statements.hostile, fx.statements.budget].map((id) => `${ORIGIN}/pledges/${id}`));
		const hostile = entries[0];
		expect(hostile.summary['#text']).toBe(HOSTILE_QUOTE);
		expect(hostile.author.name).toBe(HOSTILE_NAME);
		expect(xml).toContain('&lt;b&gt;anggaran&lt;/b&gt;');
		expect(xml).not.toContain('<b>');
	});

	it('keeps rejected statements, copies and requests out of the feeds', async () => {
		const { entries } = await readFeed(await searchFeed(db, { url: url('/feeds/pledges.atom'), now: NOW, lang: 'id' }));
		const ids = entries.map((e) => Number(e.id.split('/').pop()));
		expect(ids).not.toContain(fx.statements.rejected);
		expect(ids).not.toContain(fx.statements.onCopy);
		expect(ids).not.toContain(fx.statements.request);
		expect(ids).toEqual([...ids].sort((a, b) => b - a));
	});

	it('feeds one institution and one province', async () => {
		const inst = await readFeed(await institutionFeed(db, 'dewan-perwakilan-contoh', { url: url('/feeds/institutions/dewan-perwakilan-contoh.atom'), now: NOW, lang: 'id' }));
		expect(inst.feed.title).toBe('Pledgewatch: janji baru Dewan Perwakilan Contoh');
		expect(inst.entries).toHaveLength(2);
		expect(inst.feed.link.find((l) => l['@_rel'] === 'alternate')!['@_href']).toBe(`${ORIGIN}/institutions/dewan-perwakilan-contoh`);
		const province = await readFeed(await provinceFeed(db, '62', { url: url('/feeds/provinces/62.atom'), now: NOW, lang: 'en' }));
		expect(province.feed.title).toBe('Pledgewatch: new pledges in Kalimantan Tengah');
		expect(province.entries.map((e) => Number(e.id.split('/').pop())).sort((a, b) => a - b)).toEqual([fx.statements.oversight, fx.statements.budget, fx.statements.hostile]);
		const empty = await readFeed(await provinceFeed(db, '11', { url: url('/feeds/provinces/11.atom'), now: NOW, lang: 'en' }));
		expect(empty.entries).toEqual([]);
		expect(empty.feed.updated).toBe(NOW.toISOString());
		expect((await institutionFeed(db, fx.mergedSlug, { url: url('/x'), now: NOW, lang: 'en' })).headers.get('location')).toBe('/feeds/institutions/dewan-perwakilan-contoh.atom');
		expect((await provinceFeed(db, '6a', { url: url('/x'), now: NOW, lang: 'en' })).status).toBe(400);
	});

	it('cites a pledge and an institution; never a rejected statement', async () => {
		const req = (path: string) => ({ request: new Request(url(path)), url: url(path), now: NOW, lang: 'id' as const });
		const res = await citePledge(db, String(fx.statements.budget), req(`/cite/pledges/${fx.statements.budget}.json`));
		const bundle = (await res.json()) as CitationBundle;
		expect(bundle.permalink).toBe(`${ORIGIN}/pledges/${fx.statements.budget}`);
		expect(bundle.text.id).toBe(`Pledgewatch. “Janji Dewan Perwakilan Contoh (anggaran), 10 Maret 2025” (10 Maret 2025). Diakses 28 November 2026, dari ${ORIGIN}/pledges/${fx.statements.budget}`);
		expect(bundle.text.en).toContain('Accessed 28 November 2026');
		expect(bundle.csl[0].language).toBe('id');
		expect((await citePledge(db, String(fx.statements.rejected), req('/x'))).status).toBe(404);
		expect((await citePledge(db, 'abc', req('/x'))).status).toBe(404);
		const inst = (await (await citeInstitution(db, 'dewan-kabupaten-rekaan', req('/cite/institutions/dewan-kabupaten-rekaan.json?lang=en'))).json()) as CitationBundle;
		expect(inst.bibtex).toContain('title = {Pledges and requests of =HYPERLINK("http://evil.example","klik") Dewan "Contoh", Kab.}');
		expect(inst.csl[0].language).toBe('en');
	});
});
