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

/** Removes what the extractor produced for an article, keeping statements an editor reviewed. */
export async function deleteMachineOutput(db: Db, articleId: number): Promise<void> {
	await db.deleteFrom('statements').where('article_id', '=', articleId).where('review_status', '=', 'auto').execute();
	await db.deleteFrom('mentions').where('article_id', '=', articleId).execute();
}
