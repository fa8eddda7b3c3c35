// The write side of statements and mentions. The rollup follows by trigger.
import type { Db } from '../connect';
import type { MentionTable, NewStatementRow } from '../schema';
import type { Insertable } from 'kysely';

const CHUNK = 1000;

/** Inserts statements; one already stored with the same identity (article, kind, category, evidence, actor) is kept. */
/** Returns how many were added per article. */
export async function insertStatements(db: Db, rows: NewStatementRow[]): Promise<Map<number, number>> {
	const added = new Map<number, number>();
	for (let i = 0; i < rows.length; i += CHUNK) {
		const inserted = await db
			.insertInto('statements')
			.values(rows.slice(i, i + CHUNK))
			.onConflict((oc) => oc.doNothing())
			.returning('article_id')
			.execute();
		for (const row of inserted) added.set(row.article_id, (added.get(row.article_id) ?? 0) + 1);
	}
	return added;
}

export async function insertMentions(db: Db, rows: Insertable<MentionTable>[]): Promise<void> {
	for (let i = 0; i < rows.length; i += CHUNK) await db.insertInto('mentions').values(rows.slice(i, i + CHUNK)).execute();
}

/**
 * Gives statements an editor reviewed, which re-extraction keeps as they are, the deadline the
 * extractor now reads in the same statement (same identity) when they have none yet. Returns how
 * many were filled.
 */
export async function fillReviewedDeadlines(db: Db, rows: readonly NewStatementRow[]): Promise<number> {
	let filled = 0;
	for (const r of rows) {
		if (!r.due_on) continue;
		const result = await db
			.updateTable('statements')
			.set({ due_on: r.due_on, due_phrase: r.due_phrase, due_start: r.due_start, due_end: r.due_end })
			.where('article_id', '=', r.article_id)
			.where('kind', '=', r.kind)
			.where('category', '=', r.category)
			.where('evidence_start', '=', r.evidence_start)
			.where('evidence_end', '=', r.evidence_end)
			.where((eb) => (r.actor_institution_id == null ? eb('actor_institution_id', 'is', null) : eb('actor_institution_id', '=', r.actor_institution_id)))
			.where('review_status', '!=', 'auto')
			.where('due_on', 'is', null)
			.executeTakeFirst();
		filled += Number(result.numUpdatedRows);
	}
	return filled;
}

/** Removes what the extractor produced for an article, keeping statements an editor reviewed. */
export async function deleteMachineOutput(db: Db, articleId: number): Promise<void> {
	await db.deleteFrom('statements').where('article_id', '=', articleId).where('review_status', '=', 'auto').execute();
	await db.deleteFrom('mentions').where('article_id', '=', articleId).execute();
}
