// The export endpoints as functions of the database handle, so the thin +server.ts files and the
// tests run exactly the same code (tests pass their own database; routes pass getDb()).
import { LIST_GROUPS, parseInstitutionFilters, type ListGroup } from '$lib/filters/institution-filters';
import { emptyArticleFilters, parseArticleFilters } from '$lib/filters/article-filters';
import { emptyPledgeFilters, parsePledgeFilters } from '$lib/filters/pledge-filters';
import type { Db } from '../db/connect';
import { findInstitutionBySlug } from '../db/queries/institution-profile';
import { findDataLastModified } from '../db/queries/export-data-version';
import { findPopoloSource } from '../db/queries/export-popolo';
import { jsonWithCaching } from './caching';
import { dataPackage, type BulkName } from './datapackage';
import { errorResponse } from './errors';
import { toPopolo } from './popolo';
import { respondExport, type ExportRequest } from './respond';
import { articleSource, institutionSource, pledgeSource } from './sources';

export function exportPledges(db: Db, req: ExportRequest): Promise<Response> {
	return respondExport(pledgeSource(db, parsePledgeFilters(req.url.searchParams)), req);
}

export function exportInstitutionList(db: Db, group: ListGroup, req: ExportRequest): Promise<Response> {
	return respondExport(institutionSource(db, LIST_GROUPS[group], parseInstitutionFilters(req.url.searchParams), group), req);
}

export function exportArticles(db: Db, req: ExportRequest): Promise<Response> {
	return respondExport(articleSource(db, parseArticleFilters(req.url.searchParams)), req);
}

/** One institution's statements under the pledge filters; old and merged slugs redirect permanently. */
export async function exportInstitutionPledges(db: Db, slug: string, req: ExportRequest): Promise<Response> {
	const found = await findInstitutionBySlug(db, slug);
	if (!found) return errorResponse(404, 'not_found', `No institution has the slug "${slug.slice(0, 120)}"; find it on /legislatures or /agencies.`);
	if ('redirect' in found) {
		return new Response(null, { status: 301, headers: { location: `/institutions/${found.redirect}.${req.format}${req.url.search}` } });
	}
	const filters = { ...parsePledgeFilters(req.url.searchParams), institution: found.found.slug };
	const source = pledgeSource(db, filters, `${found.found.slug}-statements`);
	// The slug is in the subject already; keep it out of the filter part of the name and of next_url.
	source.filters.delete('institution');
	return respondExport(source, req);
}

/** A whole dataset as one CSV of the data package: no filters, always a download. */
export function exportBulkCsv(db: Db, name: BulkName, req: Omit<ExportRequest, 'format'>): Promise<Response> {
	const url = new URL(req.url.pathname + '?download=1', req.url.origin);
	const r: ExportRequest = { ...req, url, format: 'csv' };
	if (name === 'pledges') return respondExport(pledgeSource(db, emptyPledgeFilters()), r);
	if (name === 'institutions') return respondExport(institutionSource(db, null, parseInstitutionFilters(new URLSearchParams()), 'institutions'), r);
	return respondExport(articleSource(db, emptyArticleFilters()), r);
}

export function serveDataPackage(req: { request: Request; url: URL; now: Date }): Response {
	return jsonWithCaching(req.request, JSON.stringify(dataPackage(req.url.origin, startOfDay(req.now)), null, 2));
}

export async function servePopolo(db: Db, req: { request: Request; url: URL; now: Date }): Promise<Response> {
	const [source, lastModified] = await Promise.all([findPopoloSource(db), findDataLastModified(db)]);
	return jsonWithCaching(req.request, JSON.stringify(toPopolo(source, req.url.origin, startOfDay(req.now))), { lastModified });
}

/** Generated-at stamps are rounded to the day so the ETag of an unchanged document holds all day. */
function startOfDay(now: Date): Date {
	return new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
}
