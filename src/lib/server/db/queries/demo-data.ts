// Demo data housekeeping: is the database fresh, and removing everything flagged is_demo.
import type { Db } from '../connect';

/** True when nothing was ever ingested here: the one case where the demo corpus loads itself. */
export async function isFreshDatabase(db: Db): Promise<boolean> {
	const run = await db.selectFrom('ingest_runs').select('id').limit(1).executeTakeFirst();
	const article = await db.selectFrom('articles').select('id').limit(1).executeTakeFirst();
	return !run && !article;
}

export async function countDemoArticles(db: Db): Promise<number> {
	const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('is_demo', '=', true).executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Deletes demo articles (statements, mentions and rollups follow) and demo-only institutions and people. */
export async function removeDemoData(db: Db): Promise<{ articles: number; institutions: number; people: number }> {
	return db.transaction().execute(async (tx) => {
		// Copies point at originals; clear the links first so deletion order does not matter.
		await tx.updateTable('articles').set({ duplicate_of: null }).where('is_demo', '=', true).execute();
		const articles = await tx.deleteFrom('articles').where('is_demo', '=', true).executeTakeFirst();
		const people = await tx
			.deleteFrom('people')
			.where('is_demo', '=', true)
			.where((eb) => eb.not(eb.exists(eb.selectFrom('statements').select('id').whereRef('statements.speaker_person_id', '=', 'people.id'))))
			.where((eb) => eb.not(eb.exists(eb.selectFrom('mentions').select('id').whereRef('mentions.person_id', '=', 'people.id'))))
			.executeTakeFirst();
		await tx
			.updateTable('institutions')
			.set({ parent_id: null })
			.where('is_demo', '=', false)
			.where('parent_id', 'in', (eb) => eb.selectFrom('institutions').select('id').where('is_demo', '=', true))
			.execute();
		// A demo institution that real statements or mentions now use stays: real data keeps its actor.
		const institutions = await tx
			.deleteFrom('institutions')
			.where('is_demo', '=', true)
			.where((eb) =>
				eb.not(
					eb.exists(
						eb
							.selectFrom('statements')
							.select('id')
							.where((s) => s.or([s('statements.actor_institution_id', '=', s.ref('institutions.id')), s('statements.target_institution_id', '=', s.ref('institutions.id'))]))
					)
				)
			)
			.where((eb) => eb.not(eb.exists(eb.selectFrom('mentions').select('id').whereRef('mentions.institution_id', '=', 'institutions.id'))))
			.executeTakeFirst();
		return { articles: Number(articles.numDeletedRows), institutions: Number(institutions.numDeletedRows), people: Number(people.numDeletedRows) };
	});
}

/** The fictional demo editor's account (disabled: nobody can log in as it), created once. */
export async function ensureDemoEditor(db: Db, passwordHash: () => Promise<string>): Promise<number> {
	const email = 'editor.demo@pledgewatch.invalid';
	const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
	if (existing) return existing.id;
	const row = await db
		.insertInto('users')
		.values({ email, name: 'Editor Demo (fiktif)', role: 'editor', password_hash: await passwordHash(), disabled_at: new Date() })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Every follow-up suggestion on demo articles, whatever became of it, oldest report first. */
export async function listDemoFollowupSuggestions(db: Db): Promise<{ id: number; status: string; state: string }[]> {
	return db
		.selectFrom('pledge_updates as u')
		.innerJoin('articles as a', 'a.id', 'u.source_article_id')
		.select(['u.id', 'u.status', 'u.state'])
		.where('a.is_demo', '=', true)
		.where('u.matcher_version', 'is not', null)
		.orderBy('u.effective_on')
		.orderBy('u.id')
		.execute();
}
