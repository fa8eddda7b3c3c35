// Answers one export request: CSV and NDJSON stream every matching row; JSON answers one page with
// the total and a `next` keyset cursor. Routes and the API call this with their dataset and query.
import type { CsvCopy } from '../db/copy-csv';
import { toRecord, type Dataset, type ExportContext } from './columns';
import { copiedCsvStream } from './copied-csv';
import { jsonWithCaching } from './caching';
import { errorResponse } from './errors';
import { contentDisposition, exportFilename, isoDay } from './filename';
import { JSON_DEFAULT_LIMIT, JSON_MAX_LIMIT, MEDIA_TYPES, type ExportFormat } from './formats';
import { decodeKeyset, fetchPage, type FetchAfter } from './keyset';
import { exportStream } from './stream';

export interface ExportSource<R extends { id: number }> {
	dataset: Dataset<R>;
	fetchAfter: FetchAfter<R>;
	count(): Promise<number>;
	/** Names the download: 'pledges', 'legislatures', 'dprd-provinsi-kalteng-pledges'. */
	subject: string;
	/** The canonical filter params (they name the download and are carried into `next_url`). */
	filters: URLSearchParams;
	lastModified?(): Promise<Date | null>;
	/** The whole CSV written by the database itself (PostgreSQL COPY), or null where it cannot. */
	openCsvCopy?(ctx: ExportContext): Promise<CsvCopy | null>;
}

export interface ExportRequest {
	request: Request;
	url: URL;
	format: ExportFormat;
	now: Date;
}

export interface JsonPage {
	dataset: string;
	total: number;
	limit: number;
	/** Cursor for the next page, or null on the last page. */
	next: string | null;
	/** The same request with `cursor=next`, or null. */
	next_url: string | null;
	rows: Record<string, unknown>[];
}

/** Parses ?limit=; undefined means invalid. */
export function readLimit(url: URL): number | undefined {
	const text = url.searchParams.get('limit');
	if (text === null || text === '') return JSON_DEFAULT_LIMIT;
	const n = Number(text);
	return Number.isInteger(n) && n >= 1 && n <= JSON_MAX_LIMIT ? n : undefined;
}

export async function buildJsonPage<R extends { id: number }>(source: ExportSource<R>, url: URL, ctx: ExportContext): Promise<JsonPage | Response> {
	const limit = readLimit(url);
	if (limit === undefined) return errorResponse(400, 'bad_request', `limit must be an integer from 1 to ${JSON_MAX_LIMIT}.`);
	const after = decodeKeyset(url.searchParams.get('cursor'));
	if (after === undefined) return errorResponse(400, 'bad_request', 'cursor is not one this server gave out; start again without it and follow `next`.');
	const [page, total] = await Promise.all([fetchPage(source.fetchAfter, after, limit), source.count()]);
	let nextUrl: string | null = null;
	if (page.next) {
		const params = new URLSearchParams(source.filters);
		if (limit !== JSON_DEFAULT_LIMIT) params.set('limit', String(limit));
		params.set('cursor', page.next);
		nextUrl = `${url.origin}${url.pathname}?${params}`;
	}
	return {
		dataset: source.dataset.name,
		total,
		limit,
		next: page.next,
		next_url: nextUrl,
		rows: page.rows.map((row) => toRecord(source.dataset, row, ctx))
	};
}

export async function respondExport<R extends { id: number }>(source: ExportSource<R>, req: ExportRequest): Promise<Response> {
	const { url, format } = req;
	const ctx: ExportContext = { origin: url.origin };
	const download = url.searchParams.get('download') === '1';
	const headers: Record<string, string> = {};
	if (download) headers['content-disposition'] = contentDisposition(exportFilename(source.subject, source.filters, isoDay(req.now), format));

	if (format === 'json') {
		const page = await buildJsonPage(source, url, ctx);
		if (page instanceof Response) return page;
		const lastModified = source.lastModified ? await source.lastModified() : null;
		return jsonWithCaching(req.request, JSON.stringify(page), { lastModified }, headers);
	}
	const bom = url.searchParams.get('bom') === '1';
	// A HEAD request sends no body: it gets the paged stream, which fetches nothing until read.
	const copy = format === 'csv' && source.openCsvCopy && req.request.method !== 'HEAD' ? await source.openCsvCopy(ctx) : null;
	const stream = copy ? copiedCsvStream(source.dataset, copy, bom) : exportStream(source.dataset, source, ctx, { format, bom });
	return new Response(stream, {
		headers: {
			'content-type': MEDIA_TYPES[format],
			// A stream's length and hash are unknown up front; let clients cache briefly and no more.
			'cache-control': 'public, max-age=60',
			...headers
		}
	});
}
