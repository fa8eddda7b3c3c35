// The sitemap (sitemaps.org): /sitemap.xml is an index of child sitemaps — the fixed public pages,
// then institutions and pledges in id ranges of RANGE ids each — so every file stays far under the
// protocol's 50,000 URLs and 50 MB at any data size, and each child is one range scan.
import type { Db } from '../db/connect';
import { findSitemapExtent, listInstitutionSlugsInRange, listStatementIdsInRange, type SitemapTable } from '../db/queries/sitemap';

/** Ids per child sitemap: at most this many URLs in one file. */
export const RANGE = 10_000;

/** Pages that exist whatever the data: the lists, the search, the about and data pages. */
const FIXED_PAGES = ['/', '/legislatures', '/agencies', '/pledges', '/about', '/data', '/corrections'];

export type SitemapPart = { kind: 'pages' } | { kind: SitemapTable; page: number };

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** 'pages.xml', 'institutions-2.xml', 'pledges-17.xml' → its part; anything else → null. */
export function parseSitemapPart(name: string): SitemapPart | null {
	if (name === 'pages.xml') return { kind: 'pages' };
	const m = /^(institutions|pledges)-([1-9]\d{0,8})\.xml$/.exec(name);
	return m ? { kind: m[1] as SitemapTable, page: Number(m[2]) } : null;
}

export function sitemapPartName(part: SitemapPart): string {
	return part.kind === 'pages' ? 'pages.xml' : `${part.kind}-${part.page}.xml`;
}

export function renderSitemapIndex(origin: string, parts: SitemapPart[]): string {
	const entries = parts.map((p) => `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${sitemapPartName(p)}`)}</loc></sitemap>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

export function renderUrlSet(origin: string, paths: string[]): string {
	const entries = paths.map((p) => `<url><loc>${escapeXml(origin + p)}</loc></url>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}${entries.length ? '\n' : ''}</urlset>\n`;
}

/** Every child sitemap: the fixed pages, then one per id range of each table. */
export async function listSitemapParts(db: Db): Promise<SitemapPart[]> {
	const [institutions, statements] = await Promise.all([findSitemapExtent(db, 'institutions'), findSitemapExtent(db, 'pledges')]);
	const ranges = (kind: SitemapTable, max: number) => Array.from({ length: Math.ceil(max / RANGE) }, (_, i) => ({ kind, page: i + 1 }));
	return [{ kind: 'pages' }, ...ranges('institutions', institutions), ...ranges('pledges', statements)];
}

/** The page paths of one child sitemap; null when the part lies beyond the data (a 404). */
export async function listSitemapPaths(db: Db, part: SitemapPart): Promise<string[] | null> {
	if (part.kind === 'pages') return FIXED_PAGES;
	const max = await findSitemapExtent(db, part.kind);
	if (part.page > Math.ceil(max / RANGE)) return null;
	const first = (part.page - 1) * RANGE;
	const last = part.page * RANGE;
	if (part.kind === 'institutions') return (await listInstitutionSlugsInRange(db, first, last)).map((slug) => `/institutions/${encodeURIComponent(slug)}`);
	return (await listStatementIdsInRange(db, first, last)).map((id) => `/pledges/${id}`);
}
