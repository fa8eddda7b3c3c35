// The overdue count beside the /pledges facets: how many of the matching pledges are past their
// stated deadline with no verdict (the `overdue=1` checkbox), under every other filter. Cached
// like the other counts; the data version includes the day, so it turns over at midnight (UTC+7).
import { sql } from 'kysely';
import type { PledgeFilters } from '$lib/filters/pledge-filters';
import type { Db } from '../connect';
import { filteredStatements, sentenceKeySql } from './pledge-where';
import { countKey, scaled, type CountSample } from './count-sample';
import { cachedRead } from './read-cache';

export async function countOverduePledges(db: Db, f: PledgeFilters, sample: CountSample | null = null): Promise<number> {
	const g = { ...f, overdue: true, notOverdue: false, sort: 'newest' as const };
	const row = await cachedRead(db, countKey('overdue', g, sample), () =>
		filteredStatements(db, g, undefined, sample)
			// Sentences, as the page lists and the other facets count them.
			.select(sql<number>`count(distinct ${sentenceKeySql()})`.as('n'))
			.executeTakeFirstOrThrow()
	);
	return scaled(Number(row.n), sample);
}
