// Finding institutions and people by the names readers type (see resolve/expand-search.ts): the
// SQL side of the search box, shared by the institution lists, the pledge filter and /search.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ExpandedSearch, SearchTerm } from '$lib/server/resolve/expand-search';
import { squashName } from '$lib/server/resolve/expand-search';
import type { Db } from '../connect';

// Accented Latin letters and their plain forms, both cases, for translate(): PostgreSQL has no
// accent folding without the unaccent extension (not in PGlite), and lower() under the C locale
// leaves non-ASCII letters alone. The same folding as foldName in JavaScript.
const [ACCENTED, PLAIN] = (() => {
	let from = '';
	let to = '';
	for (let code = 0xc0; code <= 0x17f; code++) {
		const ch = String.fromCharCode(code);
		const plain = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
		if (/^[a-z]$/.test(plain)) {
			from += ch;
			to += plain;
		}
	}
	return [from, to];
})();

/** A text column folded like foldName, between spaces, so " kalimantan tengah " can be asked for whole. */
function folded(text: RawBuilder<string>): RawBuilder<string> {
	return sql<string>`' ' || regexp_replace(lower(translate(${text}, ${ACCENTED}, ${PLAIN})), '[^a-z0-9]+', ' ', 'g') || ' '`;
}

/** Matches spelled with other spacing ("palangkaraya" in "Palangka Raya") need at least this many letters. */
const MIN_SQUASHED = 5;

/**
 * A term against a folded name `f` (see folded): a known name whole ("agam" is not in "agama"),
 * typed words anywhere (someone typing "kalim" wants Kalimantan), and spacing ignored for longer
 * typed words.
 */
function termMatches(term: SearchTerm, f: RawBuilder<string>): RawBuilder<SqlBool> {
	const known = term.phrases.length > 1 || term.regionCodes.length > 0;
	if (known) return sql<SqlBool>`(${sql.join(term.phrases.map((p) => sql`${f} like ${`% ${p} %`}`), sql` or `)})`;
	const typed = term.phrases[0];
	const squashed = squashName(typed);
	if (squashed.length >= MIN_SQUASHED) return sql<SqlBool>`replace(${f}, ' ', '') like ${`%${squashed}%`}`;
	return sql<SqlBool>`${f} like ${`%${typed}%`}`;
}

/** Ids of institutions whose name or aliases match every term (a region term also by the region). */
export function institutionIdsNamed(db: Db, search: ExpandedSearch) {
	const names = db
		.selectFrom('institutions as n')
		.select([
			'n.id',
			'n.region_code',
			folded(sql<string>`n.name || ' ' || coalesce((select string_agg(alias, ' ') from institution_aliases x where x.institution_id = n.id), '')`).as('f')
		])
		// OFFSET 0 keeps the planner from inlining f into every phrase's LIKE (folding each name once per phrase).
		.offset(0);
	const f = sql<string>`nf.f`;
	return db
		.selectFrom(names.as('nf'))
		.select('nf.id')
		.where((eb) =>
			eb.and(
				search.terms.map((term) =>
					term.regionCodes.length ? eb.or([sql<SqlBool>`${termMatches(term, f)}`, eb('nf.region_code', 'in', term.regionCodes)]) : termMatches(term, f)
				)
			)
		);
}

/** Ids of people whose name holds every typed word ("rudi", "hartawan"), accents folded. */
export function personIdsNamed(db: Db, search: ExpandedSearch) {
	const f = folded(sql<string>`p.name`);
	return db
		.selectFrom('people as p')
		.select('p.id')
		.where((eb) => eb.and(search.terms.map((term) => termMatches({ ...term, phrases: [term.phrases[0]], regionCodes: [] }, f))));
}

/** Ids of institutions found by their names, or through a person who spoke for them; computed once per query. */
export function institutionsOrTheirPeopleNamed(db: Db, search: ExpandedSearch): RawBuilder<number[]> {
	return idsOnce(
		institutionIdsNamed(db, search).union(
			db.selectFrom('roles as r').select('r.institution_id as id').where(sql<SqlBool>`r.person_id = any(${idsOnce(personIdsNamed(db, search))})`)
		)
	);
}

/**
 * Full-text search of an article (Indonesian and English stemming) where each term may be written
 * any of its ways: (kalteng | kalimantan tengah | central kalimantan) & dprd.
 */
export function articleTextMatches(search: ExpandedSearch, article: string): RawBuilder<SqlBool> {
	const id = sql.ref(`${article}.search_id`);
	const en = sql.ref(`${article}.search_en`);
	const query = (config: string) =>
		sql.join(
			search.terms.map(
				(t) => sql`(${sql.join([t.text, ...t.phrases.slice(1)].map((p) => sql`plainto_tsquery(${sql.lit(config)}::regconfig, ${p})`), sql` || `)})`
			),
			sql` && `
		);
	return sql<SqlBool>`(${id} @@ (${query('indonesian')}) or ${en} @@ (${query('english')}))`;
}

/** A set of ids computed once per query (an InitPlan), however often the plan reads it. */
function idsOnce(query: { compile(): unknown }): RawBuilder<number[]> {
	return sql<number[]>`array(${query})`;
}

/**
 * Ids of statements found by a search box's text: their article's words, their actor's name
 * (everyday forms included), or their speaker's name. A union, so each branch keeps its own index
 * (the articles' text index, statements by actor, statements by speaker); the matching institutions
 * and people are found once per query, not once per row the planner tries.
 */
export function statementIdsNamed(db: Db, search: ExpandedSearch) {
	const byText = db
		.selectFrom('statements as st')
		.innerJoin('articles as at', 'at.id', 'st.article_id')
		.select('st.id')
		.where(articleTextMatches(search, 'at'));
	const byActor = db
		.selectFrom('statements as sa')
		.select('sa.id')
		.where(sql<SqlBool>`sa.actor_institution_id = any(${idsOnce(institutionIdsNamed(db, search))})`);
	const bySpeaker = db
		.selectFrom('statements as sp')
		.select('sp.id')
		.where(sql<SqlBool>`sp.speaker_person_id = any(${idsOnce(personIdsNamed(db, search))})`);
	return byText.union(byActor).union(bySpeaker);
}
