// Read side of the pledge exports and API: public statements under the pledge filters, in id order,
// one keyset chunk at a time, with everything a row of the export needs joined in.
import type { AmountQualifier, Category, InstitutionKind, Level, PledgeStatus, ReviewStatus, StatementKind, Strength } from '$lib/domain/vocabulary';
import { pledgeFiltersToParams, type PledgeFilters } from '$lib/filters/pledge-filters';
import type { Db } from '../connect';
import { overdueSql } from './overdue';
import { filteredStatements } from './pledge-where';
import { cachedRead } from './read-cache';
import { provinceCodeSql } from './province';

export interface PledgeExportRow {
	id: number;
	kind: StatementKind;
	category: Category;
	strength: Strength;
	status: PledgeStatus;
	reviewStatus: ReviewStatus;
	confidence: number;
	statedOn: string | null;
	actorSlug: string | null;
	actorName: string | null;
	actorKind: InstitutionKind | null;
	actorLevel: Level | null;
	regionCode: string | null;
	provinceCode: string | null;
	speakerName: string | null;
	speakerRole: string | null;
	targetSlug: string | null;
	targetName: string | null;
	targetText: string | null;
	amount: number | null;
	amountQualifier: AmountQualifier | null;
	currency: string;
	evidenceText: string;
	evidenceStart: number;
	evidenceEnd: number;
	articleId: number;
	articleTitle: string | null;
	articleUrl: string | null;
	outletName: string | null;
	publishedOn: string | null;
	extractorVersion: string;
	isDemo: boolean;
	/** The deadline the statement states, and its words; null when none. */
	dueOn: string | null;
	duePhrase: string | null;
	/** Deadline passed with no verdict, as of the read. */
	overdue: boolean;
}

function selectRows(db: Db, f: PledgeFilters) {
	return filteredStatements(db, f)
		.leftJoin('institutions as t', 't.id', 's.target_institution_id')
		.leftJoin('people as p', 'p.id', 's.speaker_person_id')
		.leftJoin('outlets as o', 'o.id', 'a.outlet_id')
		.select([
			's.id',
			's.kind',
			's.category',
			's.strength',
			's.status',
			's.review_status',
			's.confidence',
			's.stated_on',
			'i.slug as actor_slug',
			'i.name as actor_name',
			'i.kind as actor_kind',
			'i.level as actor_level',
			'i.region_code',
			provinceCodeSql().as('province_code'),
			'p.name as speaker_name',
			's.speaker_role',
			't.slug as target_slug',
			't.name as target_name',
			's.target_text',
			's.amount',
			's.amount_qualifier',
			's.currency',
			's.evidence_text',
			's.evidence_start',
			's.evidence_end',
			's.article_id',
			'a.title',
			'a.url',
			'a.canonical_url',
			'o.name as outlet_name',
			'a.published_on',
			's.extractor_version',
			'a.is_demo',
			's.due_on',
			's.due_phrase',
			overdueSql().as('overdue')
		]);
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number];

function toRow(r: Selected): PledgeExportRow {
	return {
		id: r.id,
		kind: r.kind,
		category: r.category,
		strength: r.strength,
		status: r.status,
		reviewStatus: r.review_status,
		confidence: r.confidence,
		statedOn: r.stated_on,
		actorSlug: r.actor_slug,
		actorName: r.actor_name,
		actorKind: r.actor_kind,
		actorLevel: r.actor_level,
		regionCode: r.region_code,
		provinceCode: r.province_code,
		speakerName: r.speaker_name,
		speakerRole: r.speaker_role,
		targetSlug: r.target_slug,
		targetName: r.target_name,
		targetText: r.target_text,
		amount: r.amount,
		amountQualifier: r.amount_qualifier,
		currency: r.currency,
		evidenceText: r.evidence_text,
		evidenceStart: r.evidence_start,
		evidenceEnd: r.evidence_end,
		articleId: r.article_id,
		articleTitle: r.title,
		articleUrl: r.canonical_url ?? r.url,
		outletName: r.outlet_name,
		publishedOn: r.published_on,
		extractorVersion: r.extractor_version,
		isDemo: r.is_demo,
		dueOn: r.due_on,
		duePhrase: r.due_phrase,
		overdue: r.overdue === true
	};
}

/** Up to `limit` rows with id > `after`, in id order. */
export async function findPledgesAfter(db: Db, f: PledgeFilters, after: number | null, limit: number): Promise<PledgeExportRow[]> {
	let q = selectRows(db, f);
	if (after !== null) q = q.where('s.id', '>', after);
	const rows = await q.orderBy('s.id').limit(limit).execute();
	return rows.map(toRow);
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
export async function findPledgeById(db: Db, f: PledgeFilters, id: number): Promise<PledgeExportRow | null> {
	const row = await selectRows(db, f).where('s.id', '=', id).executeTakeFirst();
	return row ? toRow(row) : null;
}

export interface FeedPledgeRow extends PledgeExportRow {
	createdAt: Date;
}

/** The most recently added public statements under the filters, newest first (Atom feeds). */
export async function findNewestPledges(db: Db, f: PledgeFilters, limit: number): Promise<FeedPledgeRow[]> {
	const rows = await selectRows(db, f).select('s.created_at').orderBy('s.id', 'desc').limit(limit).execute();
	return rows.map((r) => ({ ...toRow(r), createdAt: r.created_at }));
}


/** Overdue pledges under the filters, the most recently overdue first (the overdue feed). */
export async function findOverduePledges(db: Db, f: PledgeFilters, limit: number): Promise<PledgeExportRow[]> {
	const rows = await selectRows(db, { ...f, overdue: true, notOverdue: false })
		.orderBy('s.due_on', 'desc')
		.orderBy('s.id', 'desc')
		.limit(limit)
		.execute();
	return rows.map(toRow);
}
