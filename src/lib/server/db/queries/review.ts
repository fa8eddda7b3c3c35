// The review queue: machine-extracted statements waiting for an editor, and the fields editors change.
import type { AmountQualifier, Category, ReviewStatus, StatementKind, Strength } from '$lib/domain/vocabulary';
import type { Db } from '../connect';

export const CONTEXT_CHARS = 280;

export interface InstitutionRef {
	id: number;
	slug: string;
	name: string;
}

export interface ReviewItem {
	id: number;
	kind: StatementKind;
	category: Category;
	strength: Strength;
	confidence: number;
	reviewStatus: ReviewStatus;
	amount: number | null;
	amountQualifier: AmountQualifier | null;
	statedOn: string | null;
	speakerName: string | null;
	speakerRole: string | null;
	actor: InstitutionRef | null;
	target: InstitutionRef | null;
	targetText: string | null;
	article: { id: number; title: string | null; url: string | null; publishedOn: string | null };
	/** The evidence sentence with the text around it, split so the page can highlight it as text. */
	context: { before: string; evidence: string; after: string };
}

/** The fields an editor may change, as stored; also the before/after of the audit log. */
export interface StatementEditable {
	kind: StatementKind;
	category: Category;
	strength: Strength;
	actorInstitutionId: number | null;
	targetInstitutionId: number | null;
	targetText: string | null;
	amount: number | null;
	amountQualifier: AmountQualifier | null;
	reviewStatus: ReviewStatus;
}

export async function countReviewQueue(db: Db): Promise<number> {
	const row = await db
		.selectFrom('statements')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('review_status', '=', 'auto')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Unreviewed statements, least confident first, then the most recent articles first. */
export async function listReviewQueue(db: Db, options: { limit: number; offset: number }): Promise<ReviewItem[]> {
	const rows = await db
		.selectFrom('statements as s')
		.innerJoin('articles as a', 'a.id', 's.article_id')
		.leftJoin('institutions as actor', 'actor.id', 's.actor_institution_id')
		.leftJoin('institutions as target', 'target.id', 's.target_institution_id')
		.leftJoin('people as p', 'p.id', 's.speaker_person_id')
		.select([
			's.id',
			's.kind',
			's.category',
			's.strength',
			's.confidence',
			's.review_status',
			's.amount',
			's.amount_qualifier',
			's.stated_on',
			's.speaker_role',
			's.target_text',
			's.evidence_text',
			's.evidence_start',
			's.evidence_end',
			'p.name as speaker_name',
			'actor.id as actor_id',
			'actor.slug as actor_slug',
			'actor.name as actor_name',
			'target.id as target_id',
			'target.slug as target_slug',
			'target.name as target_name',
			'a.id as article_id',
			'a.title',
			'a.url',
			'a.published_on',
			'a.body'
		])
		.where('s.review_status', '=', 'auto')
		.orderBy('s.confidence', 'asc')
		.orderBy('a.published_on', (ob) => ob.desc().nullsLast())
		.orderBy('s.id', 'desc')
		.limit(options.limit)
		.offset(options.offset)
		.execute();
	return rows.map((r) => {
		// Offsets are UTF-16 positions into the body (as the extractor computed them in JavaScript).
		const body = r.body;
		const exact = body.slice(r.evidence_start, r.evidence_end) === r.evidence_text;
		return {
			id: r.id,
			kind: r.kind,
			category: r.category,
			strength: r.strength,
			confidence: r.confidence,
			reviewStatus: r.review_status,
			amount: r.amount,
			amountQualifier: r.amount_qualifier,
			statedOn: r.stated_on,
			speakerName: r.speaker_name,
			speakerRole: r.speaker_role,
			actor: r.actor_id !== null ? { id: r.actor_id, slug: r.actor_slug!, name: r.actor_name! } : null,
			target: r.target_id !== null ? { id: r.target_id, slug: r.target_slug!, name: r.target_name! } : null,
			targetText: r.target_text,
			article: { id: r.article_id, title: r.title, url: r.url, publishedOn: r.published_on },
			context: exact
				? {
						before: body.slice(Math.max(0, r.evidence_start - CONTEXT_CHARS), r.evidence_start),
						evidence: r.evidence_text,
						after: body.slice(r.evidence_end, r.evidence_end + CONTEXT_CHARS)
					}
				: { before: '', evidence: r.evidence_text, after: '' }
		};
	});
}

export async function findStatementEditable(db: Db, id: number): Promise<StatementEditable | null> {
	const r = await db
		.selectFrom('statements')
		.select([
			'kind',
			'category',
			'strength',
			'actor_institution_id',
			'target_institution_id',
			'target_text',
			'amount',
			'amount_qualifier',
			'review_status'
		])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!r) return null;
	return {
		kind: r.kind,
		category: r.category,
		strength: r.strength,
		actorInstitutionId: r.actor_institution_id,
		targetInstitutionId: r.target_institution_id,
		targetText: r.target_text,
		amount: r.amount,
		amountQualifier: r.amount_qualifier,
		reviewStatus: r.review_status
	};
}

export async function updateStatementEditable(db: Db, id: number, fields: StatementEditable): Promise<void> {
	await db
		.updateTable('statements')
		.set({
			kind: fields.kind,
			category: fields.category,
			strength: fields.strength,
			actor_institution_id: fields.actorInstitutionId,
			target_institution_id: fields.targetInstitutionId,
			target_text: fields.targetText,
			amount: fields.amount,
			amount_qualifier: fields.amountQualifier,
			review_status: fields.reviewStatus,
			updated_at: new Date()
		})
		.where('id', '=', id)
		.execute();
}

/** Institutions an editor can pick as actor or target (merged records excluded). */
export async function listInstitutionChoices(db: Db, limit = 2000): Promise<InstitutionRef[]> {
	return db
		.selectFrom('institutions')
		.select(['id', 'slug', 'name'])
		.where('merged_into_id', 'is', null)
		.orderBy('name')
		.limit(limit)
		.execute();
}
