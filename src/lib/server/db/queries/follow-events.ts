// What a follower of a scope hears about (issue 12, item 5): status changes of its pledges (an
// editor's status, or an accepted follow-up suggestion) and new pledges, under any /pledges filters.
// The status-change feed and the email digest both read them here.
import { sql } from 'kysely';
import type { Category, PledgeStatus } from '$lib/domain/vocabulary';
import type { PledgeFilters } from '$lib/filters/pledge-filters';
import type { Db } from '../connect';
import { filteredStatements } from './pledge-where';

export interface StatusChange {
	updateId: number;
	statementId: number;
	status: PledgeStatus;
	effectiveOn: string;
	reason: string;
	/** The source an editor gave: an article in the database (its URL) or an outside URL. */
	sourceUrl: string | null;
	/** When the change became public (accepted or recorded). */
	decidedAt: Date;
	actorName: string | null;
	category: Category;
	evidenceText: string;
}

/** When the change became public: accepted or dismissed at decided_at, recorded as accepted at created_at. */
const decidedAt = sql<Date>`coalesce(u.decided_at, u.created_at)`;

export interface EventWindow {
	/** Only events after this moment (exclusive), and not after `until` (inclusive). */
	since?: Date | null;
	until?: Date | null;
	limit: number;
}

/** Accepted status changes of the pledges matching the filters, the most recently decided first. */
export async function findStatusChanges(db: Db, f: PledgeFilters, w: EventWindow): Promise<StatusChange[]> {
	let q = filteredStatements(db, { ...f, kind: ['pledge'] })
		.innerJoin('pledge_updates as u', 'u.statement_id', 's.id')
		.leftJoin('articles as src', 'src.id', 'u.source_article_id')
		.where('u.state', '=', 'accepted')
		.select([
			'u.id as update_id',
			's.id as statement_id',
			'u.status',
			'u.effective_on',
			'u.reason',
			sql<string | null>`coalesce(u.source_url, src.canonical_url, src.url)`.as('source_url'),
			decidedAt.as('decided_at'),
			'i.name as actor_name',
			's.category',
			's.evidence_text'
		]);
	if (w.since) q = q.where(decidedAt, '>', w.since);
	if (w.until) q = q.where(decidedAt, '<=', w.until);
	const rows = await q.orderBy(decidedAt, 'desc').orderBy('u.id', 'desc').limit(w.limit).execute();
	return rows.map((r) => ({
		updateId: r.update_id,
		statementId: r.statement_id,
		status: r.status,
		effectiveOn: r.effective_on,
		reason: r.reason,
		sourceUrl: r.source_url,
		decidedAt: new Date(r.decided_at),
		actorName: r.actor_name,
		category: r.category,
		evidenceText: r.evidence_text
	}));
}

export interface NewPledge {
	id: number;
	actorName: string | null;
	evidenceText: string;
	statedOn: string | null;
	createdAt: Date;
}

/** Pledges stored in the window under the filters, newest first, each sentence once. */
export async function findNewPledges(db: Db, f: PledgeFilters, w: EventWindow): Promise<NewPledge[]> {
	let q = filteredStatements(db, { ...f, kind: ['pledge'] }).select(['s.id', 'i.name as actor_name', 's.evidence_text', 's.stated_on', 's.created_at', 's.article_id', 's.evidence_start', 's.evidence_end']);
	if (w.since) q = q.where('s.created_at', '>', w.since);
	if (w.until) q = q.where('s.created_at', '<=', w.until);
	const rows = await q.orderBy('s.id', 'desc').limit(w.limit * 3).execute();
	const seen = new Set<string>();
	const out: NewPledge[] = [];
	for (const r of rows) {
		const key = `${r.article_id}:${r.evidence_start}:${r.evidence_end}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ id: r.id, actorName: r.actor_name, evidenceText: r.evidence_text, statedOn: r.stated_on, createdAt: new Date(r.created_at) });
		if (out.length === w.limit) break;
	}
	return out;
}
