// Keyset pagination shared by every export: rows are ordered by their integer id, and a cursor is
// the last id sent. Unlike OFFSET, fetching page n costs the same as page 1, and a page boundary
// never skips or repeats a row when rows are added meanwhile.
import { MAX_ROW_ID } from '$lib/filters/url-params';

export interface KeysetPage<R> {
	rows: R[];
	/** Cursor for the next page, or null after the last one. */
	next: string | null;
}

/** Fetches up to `limit` rows with an id greater than `after` (null: from the start), in id order. */
export type FetchAfter<R> = (after: number | null, limit: number) => Promise<R[]>;

export function encodeKeyset(id: number): string {
	return `i${id}`;
}

/**
 * The id in a cursor, null for no cursor, undefined for a malformed one (a 400, not a silent
 * restart). Ids are int4 (serial): a cursor past MAX_ROW_ID was not given out here, and binding it
 * made the page query fail with a 500 (issue 15).
 */
export function decodeKeyset(text: string | null): number | null | undefined {
	if (text === null || text === '') return null;
	const m = /^i(\d{1,10})$/.exec(text);
	const id = m ? Number(m[1]) : undefined;
	return id !== undefined && id <= MAX_ROW_ID ? id : undefined;
}

/** One page: asks for one row more than `limit` to learn whether another page follows. */
export async function fetchPage<R extends { id: number }>(fetch: FetchAfter<R>, after: number | null, limit: number): Promise<KeysetPage<R>> {
	const rows = await fetch(after, limit + 1);
	const shown = rows.slice(0, limit);
	const last = shown[shown.length - 1];
	return { rows: shown, next: rows.length > limit && last ? encodeKeyset(last.id) : null };
}

