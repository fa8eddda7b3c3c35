// For benchmarks only: grows a database ingested through the real pipeline to a large corpus by
// copying its original articles (new content hash, dates shifted within the month) together with
// their statements. Set-based SQL, so a million articles take minutes instead of the hours the
// pipeline would need; the generated search columns still run for every row.
import { sql } from 'kysely';
import type { Db } from '../connect';

const MARK = 'bench-replica';

/** Copies the originals until the database holds about `target` articles; returns the new total. */
export async function replicateCorpus(db: Db, target: number): Promise<number> {
	const counts = await db
		.selectFrom('articles')
		.select((eb) => [eb.fn.countAll<number>().as('all'), eb.fn.count<number>('id').filterWhere('duplicate_of', 'is', null).as('originals')])
		.executeTakeFirstOrThrow();
	const copies = Math.ceil((target - counts.all) / Math.max(1, counts.originals));
	if (copies <= 0) return counts.all;
	await sql`insert into articles (outlet_id, title, body, language, published_on, content_hash, is_demo, extractor_version)
		select a.outlet_id, a.title, a.body, a.language, a.published_on + (g % 28), md5(a.content_hash || ':' || g), a.is_demo,
			${MARK} || ':' || a.id || ':' || g
		from articles a cross join generate_series(1, ${copies}::int) as g
		where a.duplicate_of is null and (a.extractor_version is null or a.extractor_version not like ${`${MARK}:%`})`.execute(db);
	// The rollup trigger would upsert one rollup row per copied statement (hours at a million on a
	// busy machine); the copies are added to the rollup in one grouped statement instead, in the
	// same transaction, so the rollup stays exactly what the trigger would have made.
	await db.transaction().execute(async (tx) => {
		await sql`alter table statements disable trigger statements_rollup`.execute(tx);
		await sql`insert into statements (article_id, kind, actor_institution_id, speaker_person_id, speaker_role, category,
				target_institution_id, target_text, evidence_text, evidence_start, evidence_end, amount, amount_qualifier, strength,
				stated_on, confidence, signals, review_status, status, extractor_version)
			select r.id, s.kind, s.actor_institution_id, s.speaker_person_id, s.speaker_role, s.category,
				s.target_institution_id, s.target_text, s.evidence_text, s.evidence_start, s.evidence_end, s.amount, s.amount_qualifier, s.strength,
				s.stated_on + (split_part(r.extractor_version, ':', 3)::int % 28), s.confidence, s.signals, s.review_status, s.status, s.extractor_version
			from articles r join statements s on s.article_id = split_part(r.extractor_version, ':', 2)::int
			where r.extractor_version like ${`${MARK}:%`}`.execute(tx);
		await sql`alter table statements enable trigger statements_rollup`.execute(tx);
		await sql`insert into statement_rollup as r (institution_id, month, category, kind, count)
			select s.actor_institution_id, date_trunc('month', s.stated_on)::date, s.category, s.kind, count(*)::int
			from statements s join articles c on c.id = s.article_id
			where c.extractor_version like ${`${MARK}:%`} and s.review_status <> 'rejected'
				and s.actor_institution_id is not null and s.stated_on is not null
			group by 1, 2, 3, 4
			on conflict (institution_id, month, category, kind) do update set count = r.count + excluded.count`.execute(tx);
	});
	const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return row.n;
}
