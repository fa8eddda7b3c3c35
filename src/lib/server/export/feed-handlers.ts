// Atom feeds of new statements: for any /pledges search (/feeds/pledges.atom?…), per institution
// (/feeds/institutions/[slug].atom) and per province (/feeds/provinces/[code].atom); and of pledges
// gone past their stated deadline (/feeds/overdue.atom?…); and of status changes of the pledges
// under any /pledges filters (/feeds/status.atom?…, e.g. ?institution=slug or ?province=62).
import { emptyPledgeFilters, parsePledgeFilters, pledgeFiltersToParams, type PledgeFilters } from '$lib/filters/pledge-filters';
import { toQuery } from '$lib/filters/url-params';
import type { Db } from '../db/connect';
import { findNewestPledges, findOverduePledges } from '../db/queries/export-pledges';
import { findStatusChanges } from '../db/queries/follow-events';
import { findInstitutionBySlug } from '../db/queries/institution-profile';
import { atomFeed, type FeedMeta } from './atom';
import { statusChangeFeed } from './atom-status';
import { errorResponse } from './errors';

export const FEED_ENTRIES = 50;

export interface FeedRequest {
	url: URL;
	now: Date;
	lang: 'id' | 'en';
}

async function feedResponse(db: Db, f: PledgeFilters, meta: Omit<FeedMeta, 'lang' | 'now'>, r: FeedRequest): Promise<Response> {
	const rows = await findNewestPledges(db, f, FEED_ENTRIES);
	const xml = atomFeed({ ...meta, lang: r.lang, now: r.now }, rows, r.url.origin);
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
}

/** Filters of the feed: the page's, and pledges only unless the search asks for a kind. */
function pledgesByDefault(f: PledgeFilters): PledgeFilters {
	return f.kind.length ? f : { ...f, kind: ['pledge'] };
}

export function searchFeed(db: Db, r: FeedRequest): Promise<Response> {
	const f = pledgesByDefault(parsePledgeFilters(r.url.searchParams));
	const query = toQuery(pledgeFiltersToParams({ ...f, sort: 'newest' }));
	const title = r.lang === 'id' ? `Pledgewatch: janji baru${f.q ? ` — “${f.q}”` : ''}` : `Pledgewatch: new pledges${f.q ? ` — “${f.q}”` : ''}`;
	return feedResponse(db, f, { selfUrl: `${r.url.origin}/feeds/pledges.atom${query}`, pageUrl: `${r.url.origin}/pledges${query}`, title }, r);
}

export async function institutionFeed(db: Db, slug: string, r: FeedRequest): Promise<Response> {
	const found = await findInstitutionBySlug(db, slug);
	if (!found) return errorResponse(404, 'not_found', `No institution has the slug "${slug.slice(0, 120)}".`);
	if ('redirect' in found) return new Response(null, { status: 301, headers: { location: `/feeds/institutions/${found.redirect}.atom` } });
	const { name, slug: current } = found.found;
	const f = { ...emptyPledgeFilters(), kind: ['pledge' as const], institution: current };
	const title = r.lang === 'id' ? `Pledgewatch: janji baru ${name}` : `Pledgewatch: new pledges by ${name}`;
	return feedResponse(db, f, { selfUrl: `${r.url.origin}/feeds/institutions/${current}.atom`, pageUrl: `${r.url.origin}/institutions/${current}`, title }, r);
}

export async function provinceFeed(db: Db, code: string, r: FeedRequest): Promise<Response> {
	if (!/^\d{2}$/.test(code)) return errorResponse(400, 'bad_request', 'A province code has two digits, e.g. /feeds/provinces/62.atom.');
	const region = await db.selectFrom('regions').select('name').where('code', '=', code).where('level', '=', 'province').executeTakeFirst();
	const name = region?.name ?? code;
	const f = { ...emptyPledgeFilters(), kind: ['pledge' as const], province: [code] };
	const title = r.lang === 'id' ? `Pledgewatch: janji baru di ${name}` : `Pledgewatch: new pledges in ${name}`;
	return feedResponse(db, f, { selfUrl: `${r.url.origin}/feeds/provinces/${code}.atom`, pageUrl: `${r.url.origin}/pledges?province=${code}`, title }, r);
}

/** The day after a deadline, when a pledge became overdue (midnight UTC+7). */
function overdueSince(dueOn: string): Date {
	const d = new Date(`${dueOn}T00:00:00+07:00`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d;
}

/**
 * Pledges past their stated deadline with no verdict, under the /pledges filters of the URL, the
 * most recently overdue first. An entry is dated the day its pledge became overdue, so a reader
 * sees it as new then, not when the pledge was first stored.
 */
export async function overdueFeed(db: Db, r: FeedRequest): Promise<Response> {
	const f = { ...parsePledgeFilters(r.url.searchParams), kind: ['pledge' as const], overdue: true, notOverdue: false };
	const query = toQuery(pledgeFiltersToParams({ ...f, kind: [], overdue: false, sort: 'newest' }));
	const rows = await findOverduePledges(db, f, FEED_ENTRIES);
	const entries = rows.map((row) => ({ ...row, createdAt: overdueSince(row.dueOn ?? '1970-01-01') }));
	const title = r.lang === 'id' ? `Pledgewatch: janji lewat tenggat${f.q ? ` — “${f.q}”` : ''}` : `Pledgewatch: overdue pledges${f.q ? ` — “${f.q}”` : ''}`;
	const pageQuery = toQuery(pledgeFiltersToParams({ ...f, kind: [], sort: 'newest' }));
	const meta = { selfUrl: `${r.url.origin}/feeds/overdue.atom${query}`, pageUrl: `${r.url.origin}/pledges${pageQuery}`, title, lang: r.lang, now: r.now };
	return new Response(atomFeed(meta, entries, r.url.origin), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
}

/**
 * Status changes (an editor's status or an accepted follow-up) of the pledges under the /pledges
 * filters of the URL, the most recently decided first: the other half of following a scope.
 */
export async function statusFeed(db: Db, r: FeedRequest): Promise<Response> {
	const f = { ...parsePledgeFilters(r.url.searchParams), kind: ['pledge' as const] };
	const query = toQuery(pledgeFiltersToParams({ ...f, kind: [], sort: 'newest' }));
	const changes = await findStatusChanges(db, f, { limit: FEED_ENTRIES });
	const scope = f.institution ?? (f.province.length ? f.province.join(', ') : f.q);
	const title = r.lang === 'id' ? `Pledgewatch: perubahan status janji${scope ? ` — ${scope}` : ''}` : `Pledgewatch: pledge status changes${scope ? ` — ${scope}` : ''}`;
	const meta = { selfUrl: `${r.url.origin}/feeds/status.atom${query}`, pageUrl: `${r.url.origin}/pledges${toQuery(pledgeFiltersToParams({ ...f, sort: 'newest' }))}`, title, lang: r.lang, now: r.now };
	return new Response(statusChangeFeed(meta, changes, r.url.origin), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
}
