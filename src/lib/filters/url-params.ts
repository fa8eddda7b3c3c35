// Small readers and writers for URL search params: tolerant on the way in (unknown values are
// dropped, never an error page), canonical on the way out (sorted, de-duplicated, defaults omitted)
// so one view has one URL.

export function readList<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
	const values = params.getAll(key).flatMap((v) => v.split(','));
	return allowed.filter((a) => values.includes(a));
}

export function readCodes(params: URLSearchParams, key: string, pattern: RegExp): string[] {
	const values = params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim());
	return [...new Set(values.filter((v) => pattern.test(v)))].sort();
}

export function readYears(params: URLSearchParams, key: string): number[] {
	const values = params.getAll(key).flatMap((v) => v.split(','));
	const years = values.map(Number).filter((y) => Number.isInteger(y) && y >= 1945 && y <= 2100);
	return [...new Set(years)].sort((a, b) => a - b);
}

/** The largest value a `serial` column (PostgreSQL int4) holds; a bigger number names no row. */
export const MAX_ROW_ID = 2_147_483_647;

/**
 * A row id written in plain digits (1 … MAX_ROW_ID), otherwise undefined. Number() alone accepts
 * "1e3" and turns "99999999999999999999" into an integer that int4 cannot bind: the query then
 * failed with a 500 where the parameter should simply have been ignored (issue 15).
 */
export function parseRowId(text: string | null | undefined): number | undefined {
	if (!text || !/^\d{1,10}$/.test(text)) return undefined;
	const id = Number(text);
	return id >= 1 && id <= MAX_ROW_ID ? id : undefined;
}

/** A row-id cursor such as `?before=`: ignored (undefined) unless it could name a row. */
export function readRowId(params: URLSearchParams, key: string): number | undefined {
	return parseRowId(params.get(key));
}

/**
 * A calendar day 'YYYY-MM-DD' that exists, otherwise undefined. The pattern alone lets
 * '2025-02-30' through, which PostgreSQL refuses to bind as a date (a 500, issue 15).
 */
export function parseIsoDay(text: string | null | undefined): string | undefined {
	const m = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
	if (!m) return undefined;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0–99 as 1900–1999
	return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? text! : undefined;
}

/** 'YYYY-MM' or null. Year 0000 does not exist in PostgreSQL's calendar: binding it was a 500 (issue 15). */
export function readMonth(params: URLSearchParams, key: string): string | null {
	const v = params.get(key);
	return v && /^(?!0000)\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : null;
}

export function readOne<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[], fallback: T): T {
	const v = params.get(key);
	return allowed.find((a) => a === v) ?? fallback;
}

export function readText(params: URLSearchParams, key: string, maxLength = 200): string {
	return (params.get(key) ?? '').trim().replace(/\s+/g, ' ').slice(0, maxLength);
}

export function writeList(params: URLSearchParams, key: string, values: readonly (string | number)[]): void {
	for (const v of values) params.append(key, String(v));
}

export function writeIf(params: URLSearchParams, key: string, value: string | null | undefined, skip?: string): void {
	if (value && value !== skip) params.set(key, value);
}

/** '?a=1' or '' — for hrefs. */
export function toQuery(params: URLSearchParams): string {
	const s = params.toString();
	return s ? `?${s}` : '';
}

/** Adds or removes one value of a multi-valued filter. */
export function toggleValue<T>(list: readonly T[], value: T): T[] {
	return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The first day of a 'YYYY-MM' month and the first day after it, for range predicates. */
export function monthStart(month: string): string {
	return `${month}-01`;
}
export function monthAfter(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
