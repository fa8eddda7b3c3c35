// Scorecards (issue 12, item 4): what became of the pledges of an institution, of every row of an
// institution list, or of any /pledges selection — one partition of pledge sentences into kept,
// partly kept, in progress, stalled, broken, overdue and not yet rated, with how many were rated.
// Counted by the same WHERE clause as /pledges (pledge-where.ts), so each number equals the list
// its link opens. Also the overview's "due this quarter" and "recently delivered".
import { sql } from 'kysely';
import { BUCKET_PRECEDENCE, emptyScorecard, type ScoreBucket, type Scorecard } from '$lib/domain/scorecard';
import { pledgeFiltersToParams, type PledgeFilters } from '$lib/filters/pledge-filters';
import { scopePledges } from '$lib/filters/scorecard-links';
import type { Db } from '../connect';
import { overdueSql, TODAY_SQL } from './overdue';
import { filteredStatements } from './pledge-where';
import { publicStatements } from './public-statements';
import { cachedRead } from './read-cache';
import { findStatementCards, mergeSentenceCards, type StatementCard } from './statement-cards';

/** A statement's segment as a rank into BUCKET_PRECEDENCE; a sentence takes its siblings' lowest. */
function bucketRankSql() {
	const when = (bucket: ScoreBucket) =>
		bucket === 'overdue' ? sql`when ${overdueSql()} then ${sql.lit(BUCKET_PRECEDENCE.indexOf(bucket))}` : sql`when s.status = ${sql.lit(bucket)} then ${sql.lit(BUCKET_PRECEDENCE.indexOf(bucket))}`;
	const last = BUCKET_PRECEDENCE.length - 1;
	// Verdicts are tested before overdue (a verdict is never overdue), overdue before the statuses
	// it overrides; anything else is "not yet rated".
	return sql<number>`min(case ${sql.join(BUCKET_PRECEDENCE.slice(0, last).map(when), sql` `)} else ${sql.lit(last)} end)`;
}

/**
 * One row per pledge sentence under the filters: its actor, segment rank and whether any of its
 * statements was rated. Sentences as /pledges lists them (sentenceKeySql; the kind is fixed).
 */
function sentenceBuckets(db: Db, f: PledgeFilters) {
	return filteredStatements(db, { ...f, kind: ['pledge'] })
		.select([
			's.actor_institution_id as institution_id',
			bucketRankSql().as('rank'),
			sql<boolean>`bool_or(s.status <> 'not_yet_rated')`.as('rated')
		])
		.groupBy(['s.actor_institution_id', 's.article_id', 's.evidence_start', 's.evidence_end']);
}

interface BucketRow {
	institution_id: number | null;
	rank: number;
	n: number | string;
	reviewed: number | string;
}

function addRow(card: Scorecard, r: BucketRow): void {
	const bucket = BUCKET_PRECEDENCE[Number(r.rank)] ?? 'not_yet_rated';
	card.counts[bucket] += Number(r.n);
	card.total += Number(r.n);
	card.reviewed += Number(r.reviewed);
}

function tally(db: Db, f: PledgeFilters, restrictTo?: readonly number[]) {
	let sentences = sentenceBuckets(db, f);
	if (restrictTo) sentences = sentences.where('s.actor_institution_id', 'in', restrictTo);
	return db
		.selectFrom(sentences.as('x'))
		.select([
			'x.institution_id',
			'x.rank',
			(eb) => eb.fn.countAll<number>().as('n'),
			sql<number>`count(*) filter (where x.rated)`.as('reviewed')
		])
		.groupBy(['x.institution_id', 'x.rank']);
}

/** The scorecard of any /pledges selection (an institution's: `{ institution: slug }`). */
export function getScorecard(db: Db, scope: Partial<PledgeFilters>): Promise<Scorecard> {
	const f = scopePledges(scope);
	return cachedRead(db, `scorecard?${pledgeFiltersToParams({ ...f, sort: 'newest' })}`, async () => {
		const card = emptyScorecard();
		for (const r of await tally(db, f).execute()) addRow(card, r);
		return card;
	});
}

/**
 * Scorecards of many institutions in one grouped query (a list page's rows, never one query per
 * row). Institutions with no pledges get an empty scorecard.
 */
export async function getScorecards(db: Db, institutionIds: readonly number[]): Promise<Map<number, Scorecard>> {
	const ids = [...new Set(institutionIds)].sort((a, b) => a - b);
	const cards = new Map(ids.map((id) => [id, emptyScorecard()]));
	if (ids.length === 0) return cards;
	const rows = await cachedRead(db, `scorecards:${ids.join(',')}`, () => tally(db, scopePledges({}), ids).execute());
	for (const r of rows) if (r.institution_id !== null) addRow(cards.get(r.institution_id)!, r);
	return cards;
}

export interface DueThisQuarter {
	/** The current quarter (UTC+7) as its first and last month, 'YYYY-MM', for the /pledges link. */
	from: string;
	to: string;
	scorecard: Scorecard;
	/** A few of them, the soonest deadline first. */
	cards: StatementCard[];
}

/** Pledges whose stated deadline falls in the current quarter (UTC+7), whatever became of them. */
export async function getDueThisQuarter(db: Db, limit = 4): Promise<DueThisQuarter> {
	const { rows } = await sql<{ from: string; to: string }>`select
		to_char(date_trunc('quarter', ${TODAY_SQL}), 'YYYY-MM') as "from",
		to_char(date_trunc('quarter', ${TODAY_SQL}) + interval '2 months', 'YYYY-MM') as "to"`.execute(db);
	const { from, to } = rows[0];
	const scope = { dueFrom: from, dueTo: to };
	const [scorecard, soonest] = await Promise.all([
		getScorecard(db, scope),
		cachedRead(db, `due-soonest:${from}:${limit}`, () =>
			filteredStatements(db, scopePledges(scope))
				.select(['s.id', 's.article_id', 's.evidence_start', 's.evidence_end', 's.due_on'])
				.orderBy('s.due_on')
				.orderBy('s.id')
				.limit(limit * 3)
				.execute()
		)
	]);
	return { from, to, scorecard, cards: await sentenceCards(db, soonest, limit) };
}

export interface DeliveredPledge {
	card: StatementCard;
	status: 'kept' | 'partly_kept';
	/** When the delivery took effect (the accepted update's date). */
	effectiveOn: string;
}

/** The pledges most recently rated kept or partly kept, by the date the delivery took effect. */
export async function getRecentlyDelivered(db: Db, limit = 4): Promise<DeliveredPledge[]> {
	const rows = await cachedRead(db, `delivered:${limit}`, () =>
		publicStatements(db)
			.innerJoin('pledge_updates as u', 'u.statement_id', 's.id')
			.select(['s.id', 's.article_id', 's.evidence_start', 's.evidence_end', 's.status', 'u.effective_on'])
			.where('s.kind', '=', 'pledge')
			.where('s.status', 'in', ['kept', 'partly_kept'])
			.where('u.state', '=', 'accepted')
			// The update that made it so: the latest accepted one carries the current status.
			.whereRef('u.status', '=', 's.status')
			.orderBy('u.effective_on', 'desc')
			.orderBy('u.id', 'desc')
			.limit(limit * 3)
			.execute()
	);
	const cards = await sentenceCards(db, rows, limit);
	return cards.map((card) => {
		// The sentence's latest delivery (rows are newest first).
		const r = rows.find((row) => row.id === card.id || card.also.some((a) => a.id === row.id))!;
		return { card, status: r.status as 'kept' | 'partly_kept', effectiveOn: r.effective_on };
	});
}

/** Cards for the first `limit` sentences of these rows, in their order, a sentence's rows merged into one card. */
async function sentenceCards(db: Db, rows: SentenceRow[], limit: number): Promise<StatementCard[]> {
	const keys = [...new Set(rows.map(sentenceOf))].slice(0, limit);
	const ids = rows.filter((r) => keys.includes(sentenceOf(r))).map((r) => r.id);
	const cards = mergeSentenceCards(await findStatementCards(db, { ids }));
	return keys.map((k) => cards.find((c) => sentenceOf({ id: c.id, article_id: c.articleId, evidence_start: c.evidenceStart, evidence_end: c.evidenceEnd }) === k)).filter((c) => c !== undefined);
}

interface SentenceRow {
	id: number;
	article_id: number;
	evidence_start: number;
	evidence_end: number;
}
/** Pledges only and one actor per sentence here, so article and span name the sentence. */
const sentenceOf = (r: SentenceRow) => `${r.article_id}:${r.evidence_start}:${r.evidence_end}`;
