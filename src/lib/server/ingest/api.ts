// POST /api/articles: JSON (one article or an array) or NDJSON, for machines. Authorized by a
// scoped API token (`npm run user -- token add NAME --scope ingest`, hashed at rest, revocable);
// bodies are read with a size cap so a huge upload cannot exhaust memory.
import { verifyApiToken } from '../auth/api-tokens';
import type { Db } from '../db/connect';
import type { ArticleExtractor } from './extractor';
import { ingest } from './pipeline';
import { isRecord, itemFromRecord } from './sources/record';
import type { SourceEvent } from './types';

export const MAX_API_BODY_BYTES = 10_000_000;

function json(status: number, body: unknown): Response {
	return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

async function readLimited(request: Request, limit: number): Promise<string | null> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) return null;
	const reader = request.body?.getReader();
	if (!reader) return '';
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
	return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

function parseBody(text: string, contentType: string): SourceEvent[] | string {
	const ndjson = /ndjson|jsonl|x-json-stream/i.test(contentType);
	if (ndjson) {
		return text.split('\n').flatMap((line, i): SourceEvent[] => {
			if (!line.trim()) return [];
			const origin = `line ${i + 1}`;
			try {
				const value: unknown = JSON.parse(line);
				return [isRecord(value) ? { item: itemFromRecord(origin, value) } : { error: { item: origin, reason: 'expected a JSON object with a `text` field' } }];
			} catch (error) {
				return [{ error: { item: origin, reason: `invalid JSON: ${(error as Error).message}` } }];
			}
		});
	}
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
	const text = await readLimited(request, MAX_API_BODY_BYTES);
	if (text === null) return json(413, { error: `request body is larger than ${MAX_API_BODY_BYTES / 1e6} MB; send fewer articles per request` });
	if (!text.trim()) return json(400, { error: 'empty body: send a JSON article, an array of articles, or NDJSON' });
	const events = parseBody(text, request.headers.get('content-type') ?? '');
	if (typeof events === 'string') return json(400, { error: events });
	const summary = await ingest(db, events, { trigger: 'api', sources: ['POST /api/articles'], extractor });
	return json(summary.failed > 0 && summary.failed === summary.read ? 422 : 200, summary);
}
