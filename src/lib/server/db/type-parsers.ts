// Driver quirks, normalized once per connection so callers see the same values on both engines:
// `pg` returns int8 and numeric as strings, PGlite returns int8 as a number; both turn a `date`
// into a JS Date at local midnight, which shifts a day across time zones. Here: int8 and numeric
// become numbers (counts and rupiah amounts stay far below 2^53) and dates stay 'YYYY-MM-DD'.
import pg from 'pg';

export const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

const toNumber = (value: string) => Number(value);
const keepText = (value: string) => value;

/** Parsers for PGlite's `parsers` option. */
export const pgliteParsers: Record<number, (value: string) => unknown> = {
	[OID.INT8]: toNumber,
	[OID.NUMERIC]: toNumber,
	[OID.DATE]: keepText
};

/** A `types` object for a `pg` Pool, scoped to that pool rather than patching pg globally. */
export const pgTypes = {
	getTypeParser(oid: number, format?: 'text' | 'binary') {
		if (oid === OID.INT8 || oid === OID.NUMERIC) return toNumber;
		if (oid === OID.DATE) return keepText;
		// pg's own typings declare overloads this plain function cannot name; the call is sound.
		return (pg.types.getTypeParser as (oid: number, format?: string) => (value: string) => unknown)(oid, format ?? 'text');
	}
};
