// POST /api/articles: JSON (one article or an array) or NDJSON, for machines. Authorized by a
// scoped API token (`npm run user -- token add NAME --scope ingest`, hashed at rest, revocable);
// bodies are read with a size cap so a huge upload cannot exhaust memory.
import { verifyApiToken } from '../auth/api-tokens';
import type { Db } from '../db/connect';
import { recordPushResult } from '../db/queries/sources';
import type { ArticleExtractor } from './extractor';
import { ingest } from './pipeline';
import { IngestRunError } from './run-lifecycle';
import { decodeUtf8, looksBinary } from './sources/decode';
import { isRecord, itemFromRecord } from './sources/record';
import type { SourceEvent } from './types';

export const MAX_API_BODY_BYTES = 10_000_000;

function json(status: number, body: unknown): Response {
	return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

async function readLimited(request: Request, limit: number): Promise<Buffer | null> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) return null;
	const reader = request.body?.getReader();
	if (!reader) return Buffer.alloc(0);
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel().catch(() => undefined);
			return null;
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks);
}

/** One NDJSON line, decoded on its own: binary or non-UTF-8 bytes cost that line only. */
function eventFromLine(bytes: Buffer, origin: string): SourceEvent | null {
	if (looksBinary(bytes)) return { error: { item: origin, reason: 'binary data, not a line of JSON text' } };
	let line: string;
	try {
		line = decodeUtf8(bytes);
	} catch (error) {
		return { error: { item: origin, reason: (error as Error).message } };
	}
	if (!line.trim()) return null;
	try {
		const value: unknown = JSON.parse(line);
		return isRecord(value) ? { item: itemFromRecord(origin, value) } : { error: { item: origin, reason: 'expected a JSON object with a `text` field' } };
	} catch (error) {
		return { error: { item: origin, reason: `invalid JSON: ${(error as Error).message}` } };
	}
}

function parseBody(body: Buffer, contentType: string): SourceEvent[] | string {
	const ndjson = /ndjson|jsonl|x-json-stream/i.test(contentType);
	if (ndjson) {
		const events: SourceEvent[] = [];
		let number = 0;
		for (let start = 0; start < body.length; ) {
			const end = body.indexOf(10, start);
			const stop = end === -1 ? body.length : end;
			number++;
			const event = eventFromLine(body.subarray(start, stop), `line ${number}`);
			if (event) events.push(event);
			start = stop + 1;
		}
		return events;
	}
	const text = new TextDecoder('utf-8').decode(body);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return `invalid JSON: ${(error as Error).message}`;
	}
	const list = Array.isArray(value) ? value : [value];
	return list.map((entry, i): SourceEvent => {
		const origin = Array.isArray(value) ? `[${i}]` : 'article';
		return isRecord(entry) ? { item: itemFromRecord(origin, entry) } : { error: { item: origin, reason: 'expected an object with a `text` field' } };
	});
}

export async function handleArticlesPost(db: Db, request: Request, extractor: ArticleExtractor): Promise<Response> {
	const token = await verifyApiToken(db, request.headers.get('authorization'), 'ingest');
	if (!token) {
		return json(401, {
			error: 'missing, wrong or revoked API token: send "Authorization: Bearer <token>" with a token made by `npm run user -- token add NAME --scope ingest`'
		});
	}
	const body = await readLimited(request, MAX_API_BODY_BYTES);
	if (body === null) return json(413, { error: `request body is larger than ${MAX_API_BODY_BYTES / 1e6} MB; send fewer articles per request` });
	if (!body.toString('utf8').trim()) return json(400, { error: 'empty body: send a JSON article, an array of articles, or NDJSON' });
	const events = parseBody(body, request.headers.get('content-type') ?? '');
	if (typeof events === 'string') return json(400, { error: events });
	let summary;
	try {
		summary = await ingest(db, events, { trigger: 'api', sources: ['POST /api/articles'], extractor });
	} catch (error) {
		// Not a bad article (those are in the summary) but the server failing: say what was stored.
		if (!(error instanceof IngestRunError)) throw error;
		await recordPushResult(db, token.id, { read: error.summary.read, new: error.summary.new, failed: error.summary.failed, error: error.message }).catch(() => undefined);
		return json(500, { error: `ingestion stopped: ${error.message}; the articles counted as new are stored, send the rest again`, ...error.summary });
	}
	// A push source (added at /admin/sources) counts what its token brought.
	const firstError = summary.errors[0];
	await recordPushResult(db, token.id, { read: summary.read, new: summary.new, failed: summary.failed, error: firstError ? `${firstError.item}: ${firstError.reason}` : null });
	return json(summary.failed > 0 && summary.failed === summary.read ? 422 : 200, summary);
}
