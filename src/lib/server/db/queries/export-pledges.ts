// Read side of the pledge exports, API, feeds and citations: public statements under the pledge
// filters with every field of the read model (./statement-read-model.ts), in id order, one keyset
// chunk at a time.
import { STORED_FIELD_NAMES, type PublicStatement } from '$lib/domain/public-statement';
import { pledgeFiltersToParams, type PledgeFilters } from '$lib/filters/pledge-filters';
import type { Db } from '../connect';
import { filteredStatements } from './pledge-where';
import { cachedRead } from './read-cache';
import { selectStatementFields } from './statement-read-model';

/** Every stored field of the public statement, in documented order. */
function selectRows(db: Db, f: PledgeFilters) {
	return selectStatementFields(filteredStatements(db, f), STORED_FIELD_NAMES);
}

/** Up to `limit` rows with id > `after`, in id order. */
export async function findPledgesAfter(db: Db, f: PledgeFilters, after: number | null, limit: number): Promise<PublicStatement[]> {
	let q = selectRows(db, f);
	if (after !== null) q = q.where('s.id', '>', after);
	return q.orderBy('s.id').limit(limit).execute();
}

/** The total scans every match and is the same for every page of a walk, so it is cached while the data is unchanged. */
export async function countPledges(db: Db, f: PledgeFilters): Promise<number> {
	const row = await cachedRead(db, `export-pledges?${pledgeFiltersToParams({ ...f, sort: 'newest' })}`, () =>
		filteredStatements(db, f)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow()
	);
	return Number(row.n);
}

/** One public statement by id (null when missing, rejected or on a copy). */
export async function findPledgeById(db: Db, f: PledgeFilters, id: number): Promise<PublicStatement | null> {
	return (await selectRows(db, f).where('s.id', '=', id).executeTakeFirst()) ?? null;
}

export interface FeedPledgeRow extends PublicStatement {
	createdAt: Date;
}

/** The most recently added public statements under the filters, newest first (Atom feeds). */
export async function findNewestPledges(db: Db, f: PledgeFilters, limit: number): Promise<FeedPledgeRow[]> {
	return selectRows(db, f).select('s.created_at as createdAt').orderBy('s.id', 'desc').limit(limit).execute();
}

/** Overdue pledges under the filters, the most recently overdue first (the overdue feed). */
export async function findOverduePledges(db: Db, f: PledgeFilters, limit: number): Promise<PublicStatement[]> {
	return selectRows(db, { ...f, overdue: true, notOverdue: false })
		.orderBy('s.due_on', 'desc')
		.orderBy('s.id', 'desc')
		.limit(limit)
		.execute();
}
