// The read-only JSON API (/api/v1/*): the same datasets, filters and keyset pages as the .json
// siblings, plus single records. CORS, rate limiting and error shaping live in hooks/api-access.ts.
import { INSTITUTION_KINDS } from '$lib/domain/vocabulary';
import { parseArticleFilters } from '$lib/filters/article-filters';
import { parseInstitutionFilters } from '$lib/filters/institution-filters';
import { emptyPledgeFilters, parsePledgeFilters } from '$lib/filters/pledge-filters';
import { parseRowId, readList } from '$lib/filters/url-params';
import type { Db } from '../db/connect';
import { findDataLastModified } from '../db/queries/export-data-version';
import { findInstitutionsAfter } from '../db/queries/export-institutions';
import { findPledgeById } from '../db/queries/export-pledges';
import { findInstitutionBySlug } from '../db/queries/institution-profile';
import { jsonWithCaching } from './caching';
import { toRecord } from './columns';
import { institutionsDataset } from './dataset-institutions';
import { pledgesDataset } from './dataset-pledges';
import { errorResponse } from './errors';
import { exportInstitutionPledges } from './handlers';
import { respondExport, type ExportRequest } from './respond';
import { articleSource, institutionSource, pledgeSource } from './sources';

export interface ApiRequest {
	request: Request;
	url: URL;
	now: Date;
}

const asJson = (r: ApiRequest): ExportRequest => ({ ...r, format: 'json' });

export function apiPledges(db: Db, r: ApiRequest): Promise<Response> {
	return respondExport(pledgeSource(db, parsePledgeFilters(r.url.searchParams)), asJson(r));
}

export async function apiPledge(db: Db, idText: string, r: ApiRequest): Promise<Response> {
	if (!/^\d+$/.test(idText)) return errorResponse(400, 'bad_request', 'A pledge id is a positive integer, e.g. /api/v1/pledges/17.');
	// Digits beyond the id range name no statement (and must not reach the int4 column).
	const id = parseRowId(idText);
	if (id === undefined) return errorResponse(404, 'not_found', `No public statement has id ${idText.slice(0, 20)}.`);
	const [row, lastModified] = await Promise.all([findPledgeById(db, emptyPledgeFilters(), id), findDataLastModified(db)]);
	if (!row) return errorResponse(404, 'not_found', `No public statement has id ${id}.`);
	return jsonWithCaching(r.request, JSON.stringify({ data: toRecord(pledgesDataset, row, { origin: r.url.origin }) }), { lastModified });
}

/** Institutions of any kind; `kind=legislature&kind=agency` narrows them, the list filters apply. */
export function apiInstitutions(db: Db, r: ApiRequest): Promise<Response> {
	const kinds = readList(r.url.searchParams, 'kind', INSTITUTION_KINDS);
	const source = institutionSource(db, kinds.length ? kinds : null, parseInstitutionFilters(r.url.searchParams), 'institutions');
	for (const k of kinds) source.filters.append('kind', k);
	return respondExport(source, asJson(r));
}

export async function apiInstitution(db: Db, slug: string, r: ApiRequest): Promise<Response> {
	const found = await findInstitutionBySlug(db, slug);
	if (!found) return errorResponse(404, 'not_found', `No institution has the slug "${slug.slice(0, 120)}".`);
	if ('redirect' in found) return new Response(null, { status: 301, headers: { location: `/api/v1/institutions/${found.redirect}` } });
	const [rows, lastModified] = await Promise.all([
		findInstitutionsAfter(db, null, parseInstitutionFilters(new URLSearchParams()), null, 1, found.found.slug),
		findDataLastModified(db)
	]);
	if (!rows[0]) return errorResponse(404, 'not_found', `No institution has the slug "${slug.slice(0, 120)}".`);
	return jsonWithCaching(r.request, JSON.stringify({ data: toRecord(institutionsDataset, rows[0], { origin: r.url.origin }) }), { lastModified });
}

export async function apiInstitutionPledges(db: Db, slug: string, r: ApiRequest): Promise<Response> {
	const response = await exportInstitutionPledges(db, slug, asJson(r));
	if (response.status === 301) {
		const moved = await findInstitutionBySlug(db, slug);
		const target = moved && 'redirect' in moved ? moved.redirect : slug;
		return new Response(null, { status: 301, headers: { location: `/api/v1/institutions/${target}/pledges${r.url.search}` } });
	}
	return response;
}

export function apiArticles(db: Db, r: ApiRequest): Promise<Response> {
	return respondExport(articleSource(db, parseArticleFilters(r.url.searchParams)), asJson(r));
}
