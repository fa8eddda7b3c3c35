// Overdue (issue 12): a pledge whose stated deadline has passed with no verdict yet. Derived when
// read, from due_on, the status and today's date, never stored: a stored flag would go stale at
// midnight. "Today" is the date in Western Indonesia (UTC+7, no daylight saving), where a deadline
// like "akhir tahun" ends; the database computes it, so a page, its export and its feed agree.
import { sql, type RawBuilder } from 'kysely';
import type { PledgeStatus } from '$lib/domain/vocabulary';

/** Statuses that are a verdict on a pledge: once one is recorded, its deadline no longer matters. */
export const SETTLED_STATUSES: readonly PledgeStatus[] = ['kept', 'partly_kept', 'broken'];

/** Today in UTC+7 as the database sees it; part of the data version (./read-cache.ts), so cached pages turn over at midnight. */
export const TODAY_SQL = sql<string>`(current_timestamp at time zone interval '+07:00')::date`;

// Literals, not parameters: the CSV export runs this inside COPY, which cannot bind any. The
// values are the fixed vocabulary above, never user input.
const SETTLED_SQL = sql.raw(SETTLED_STATUSES.map((s) => `'${s}'`).join(', '));

/** True for an overdue pledge, over the statements table aliased `s` (or `alias`, a fixed name in code). */
export function overdueSql(alias: 's' | 's2' = 's'): RawBuilder<boolean> {
	const s = sql.raw(alias);
	return sql<boolean>`(${s}.kind = 'pledge' and ${s}.due_on is not null and ${s}.due_on < ${TODAY_SQL} and ${s}.status not in (${SETTLED_SQL}))`;
}

