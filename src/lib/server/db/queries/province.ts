// The one rule for an institution's province, used by filters, facets, charts, exports, the API and
// profiles: the province of its region (`regions g` joined on the institution's region_code), and a
// province's own region row — which has no province_code — is its own province. No region row
// (an unknown code) means no province.
import { sql, type RawBuilder } from 'kysely';

/** `coalesce(g.province_code, g.code)`: needs `regions as g` joined on the institution's region_code. */
export function provinceCodeSql(): RawBuilder<string | null> {
	return sql<string | null>`coalesce(g.province_code, g.code)`;
}
