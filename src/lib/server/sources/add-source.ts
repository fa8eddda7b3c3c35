// Adding sources, from the admin page or an imported feed list: addresses checked and normalized
// once here, so a feed is listed once however it was typed.
import { createApiToken } from '../auth/api-tokens';
import type { Db } from '../db/connect';
import { insertSource } from '../db/queries/sources';

export const MAX_PAGES_PER_SOURCE = 200;
export const MIN_INTERVAL_SECONDS = 60;
export const MAX_INTERVAL_SECONDS = 7 * 24 * 60 * 60;

export type SourceInputProblem = 'notUrl' | 'notHttp' | 'tooLong' | 'noPages' | 'tooManyPages';

/** A refused input: the English message for logs and the CLI; the page words `problem` in the reader's language. */
export class SourceInputError extends Error {
	constructor(
		message: string,
		readonly problem: SourceInputProblem,
		readonly subject = ''
	) {
		super(message);
	}
}

/** An http(s) address without its fragment; a clear error naming it otherwise. */
export function normalizeSourceUrl(text: string): string {
	const trimmed = text.trim();
	if (trimmed.length > 2000) throw new SourceInputError('the address is longer than 2,000 characters', 'tooLong');
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		throw new SourceInputError(`“${trimmed.slice(0, 100)}” is not a web address (expected http:// or https://…)`, 'notUrl', trimmed.slice(0, 100));
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SourceInputError(`“${trimmed.slice(0, 100)}”: only http and https addresses can be polled`, 'notHttp', trimmed.slice(0, 100));
	url.hash = '';
	return url.toString();
}

export type SourceInput =
	| { kind: 'feed'; name?: string; url: string; intervalSeconds?: number }
	| { kind: 'pages'; name: string; pages: string[]; intervalSeconds?: number }
	| { kind: 'push'; name: string };

/** Adds a source; for a push source also its ingest token, returned in clear text this once. */
export async function addSource(db: Db, input: SourceInput, createdBy: number | null): Promise<{ id: number | null; token?: string }> {
	if (input.kind === 'feed') {
		const url = normalizeSourceUrl(input.url);
		const name = input.name?.trim() || new URL(url).host;
		return { id: await insertSource(db, { kind: 'feed', name, url, intervalSeconds: input.intervalSeconds, createdBy }) };
	}
	if (input.kind === 'pages') {
		const pages = [...new Set(input.pages.map((p) => p.trim()).filter(Boolean).map(normalizeSourceUrl))];
		if (pages.length === 0) throw new SourceInputError('list at least one page address, one a line', 'noPages');
		if (pages.length > MAX_PAGES_PER_SOURCE) throw new SourceInputError(`at most ${MAX_PAGES_PER_SOURCE} pages per source (got ${pages.length})`, 'tooManyPages');
		return { id: await insertSource(db, { kind: 'pages', name: input.name.trim(), pages, intervalSeconds: input.intervalSeconds, createdBy }) };
	}
	const push = async (tx: Db) => {
		const { token, id: tokenId } = await createApiToken(tx, `source: ${input.name.trim()}`.slice(0, 100), ['ingest'], createdBy);
		const id = await insertSource(tx, { kind: 'push', name: input.name.trim(), apiTokenId: tokenId, createdBy });
		return { id, token };
	};
	// The token and its source together or not at all (the caller may already hold a transaction).
	return db.isTransaction ? push(db) : db.transaction().execute(push);
}

/** The CLI's feed list (`npm run ingest -- --feeds FILE`) into the sources table; already listed feeds are left as they are. */
export async function importFeedSources(
	db: Db,
	urls: readonly string[],
	createdBy: number | null = null
): Promise<{ added: number; listed: number; refused: { url: string; reason: string }[] }> {
	let added = 0;
	const refused: { url: string; reason: string }[] = [];
	for (const url of urls) {
		try {
			if ((await addSource(db, { kind: 'feed', url }, createdBy)).id !== null) added++;
		} catch (error) {
			if (!(error instanceof SourceInputError)) throw error;
			refused.push({ url, reason: error.message });
		}
	}
	return { added, listed: urls.length - added - refused.length, refused };
}
