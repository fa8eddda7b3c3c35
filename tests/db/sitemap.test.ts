// The sitemap on both engines: the index lists the fixed pages and one child per id range; a child
// lists live institutions and public statements of its range only (not merged, not rejected, not on
// a syndicated copy), at most RANGE each; a range past the data is no sitemap (404).
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { listSitemapParts, listSitemapPaths, parseSitemapPart, RANGE, renderSitemapIndex, renderUrlSet } from '../../src/lib/server/sitemap/sitemap';
import { engines } from './engines';

const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

describe('sitemap names and XML', () => {
	it.each([
		['pages.xml', { kind: 'pages' }],
		['pledges-1.xml', { kind: 'pledges', page: 1 }],
		['institutions-12.xml', { kind: 'institutions', page: 12 }],
		['pledges-0.xml', null],
		['pledges-01.xml', null],
		['pledges-1.xml.gz', null],
		['people-1.xml', null],
		['pledges-9999999999.xml', null]
	])('%s', (name, part) => {
		expect(parseSitemapPart(name)).toEqual(part);
	});

	it('escapes addresses and names the protocol namespace', () => {
		const set = xml.parse(renderUrlSet('https://a.test', ['/institutions/a&b']));
		expect(set.urlset.url).toEqual([{ loc: 'https://a.test/institutions/a&b' }]);
		expect(renderUrlSet('https://a.test', ['/x?a=1&b=2'])).toContain('<loc>https://a.test/x?a=1&amp;b=2</loc>');
		const index = renderSitemapIndex('https://a.test', [{ kind: 'pages' }, { kind: 'pledges', page: 2 }]);
		expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
		expect(xml.parse(index).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual(['https://a.test/sitemaps/pages.xml', 'https://a.test/sitemaps/pledges-2.xml']);
	});
});

describe.each(engines)('sitemap on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	const ids: Record<string, number> = {};

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		const inst = async (slug: string, merged?: number) =>
			(await db.insertInto('institutions').values({ slug, name: slug, kind: 'legislature', level: 'province', region_code: '62', merged_into_id: merged ?? null }).returning('id').executeTakeFirstOrThrow()).id;
		ids.live = await inst('dprd-sitemap-contoh');
		ids.merged = await inst('dprd-sitemap-lama', ids.live);
		const article = async (hash: string, duplicateOf: number | null) =>
			(await db.insertInto('articles').values({ body: 'Ketua DPRD siap mendukung.', title: 't', language: 'id', published_on: '2025-05-02', content_hash: hash, duplicate_of: duplicateOf }).returning('id').executeTakeFirstOrThrow()).id;
		const original = await article('sitemap:1', null);
		const copy = await article('sitemap:2', original);
		const statement = async (articleId: number, review: 'auto' | 'rejected', category: 'budget' | 'oversight') =>
			(
				await db
					.insertInto('statements')
					.values({ article_id: articleId, kind: 'pledge', actor_institution_id: ids.live, category, evidence_text: 'Ketua DPRD siap mendukung.', evidence_start: 0, evidence_end: 26, strength: 'firm', stated_on: '2025-05-02', confidence: 0.9, extractor_version: 't', review_status: review })
					.returning('id')
					.executeTakeFirstOrThrow()
			).id;
		ids.shown = await statement(original, 'auto', 'budget');
		ids.rejected = await statement(original, 'rejected', 'oversight');
		ids.onCopy = await statement(copy, 'auto', 'budget');
	});
	afterAll(() => drop());

	it('the index lists the fixed pages and one child per id range', async () => {
		const parts = await listSitemapParts(db);
		expect(parts[0]).toEqual({ kind: 'pages' });
		expect(parts.filter((p) => p.kind === 'institutions')).toEqual([{ kind: 'institutions', page: 1 }]);
		expect(parts.filter((p) => p.kind === 'pledges')).toEqual([{ kind: 'pledges', page: 1 }]);
	});

	it('a child lists live institutions and public statements only', async () => {
		expect(await listSitemapPaths(db, { kind: 'institutions', page: 1 })).toEqual(['/institutions/dprd-sitemap-contoh']);
		expect(await listSitemapPaths(db, { kind: 'pledges', page: 1 })).toEqual([`/pledges/${ids.shown}`]);
		expect(await listSitemapPaths(db, { kind: 'pages' })).toContain('/pledges');
	});

	it('stays bounded: a range holds at most RANGE ids, and ranges past the data are not sitemaps', async () => {
		// Move the live statement far up the id space: it lands in its own range, the first range empties.
		const far = RANGE * 2 + 5;
		await db.updateTable('statements').set({ id: far }).where('id', '=', ids.shown).execute();
		const parts = await listSitemapParts(db);
		expect(parts.filter((p) => p.kind === 'pledges').map((p) => ('page' in p ? p.page : 0))).toEqual([1, 2, 3]);
		expect(await listSitemapPaths(db, { kind: 'pledges', page: 1 })).toEqual([]);
		expect(await listSitemapPaths(db, { kind: 'pledges', page: 3 })).toEqual([`/pledges/${far}`]);
		expect(await listSitemapPaths(db, { kind: 'pledges', page: 4 })).toBeNull();
	});
});
