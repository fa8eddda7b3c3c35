// The statement read model: how each field of the public statement ($lib/domain/public-statement)
// is read from the database. Cards, the pledge exports (paged and COPY), the API, feeds and
// citations all select through here, so a field is read one way everywhere. READ is typed over
// the domain's field names: a field added there without SQL here fails the type check.
import { sql, type AliasedRawBuilder, type Expression, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import { camelCase, STATEMENT_FIELDS, type CamelCase, type FieldValue, type PublicStatement, type StatementFieldName, type StoredFieldName } from '$lib/domain/public-statement';
import type { Database } from '../schema';
import { csvBoolean, csvPermalink, csvSafeText } from './csv-cells';
import { overdueSql } from './overdue';
import { provinceCodeSql } from './province';
import type { Db } from '../connect';
import { publicStatements } from './public-statements';

/** The tables a statement's fields come from, by the aliases every read uses. */
type ReadTables = Database & {
	s: Database['statements'];
	a: Database['articles'];
	i: Database['institutions'];
	g: Database['regions'];
	t: Database['institutions'];
	p: Database['people'];
	o: Database['outlets'];
};
export type ReadAlias = 's' | 'a' | 'i' | 'g' | 't' | 'p' | 'o';
type ReadEb = ExpressionBuilder<ReadTables, ReadAlias>;

/** Statement `s`, article `a`, actor `i` and its region `g`, target `t`, speaker `p`, outlet `o`. */
const READ: { [K in StoredFieldName]: (eb: ReadEb) => Expression<FieldValue<K>> } = {
	id: (eb) => eb.ref('s.id'),
	kind: (eb) => eb.ref('s.kind'),
	category: (eb) => eb.ref('s.category'),
	strength: (eb) => eb.ref('s.strength'),
	status: (eb) => eb.ref('s.status'),
	// The public statements never include a rejected one (./public-statements.ts).
	review_status: (eb) => eb.ref('s.review_status') as Expression<FieldValue<'review_status'>>,
	confidence: (eb) => eb.ref('s.confidence'),
	stated_on: (eb) => eb.ref('s.stated_on'),
	actor_slug: (eb) => eb.ref('i.slug'),
	actor_name: (eb) => eb.ref('i.name'),
	actor_kind: (eb) => eb.ref('i.kind'),
	actor_level: (eb) => eb.ref('i.level'),
	region_code: (eb) => eb.ref('i.region_code'),
	province_code: () => provinceCodeSql(),
	speaker_name: (eb) => eb.ref('p.name'),
	speaker_role: (eb) => eb.ref('s.speaker_role'),
	target_slug: (eb) => eb.ref('t.slug'),
	target_name: (eb) => eb.ref('t.name'),
	target_text: (eb) => eb.ref('s.target_text'),
	amount: (eb) => eb.ref('s.amount'),
	amount_qualifier: (eb) => eb.ref('s.amount_qualifier'),
	currency: (eb) => eb.ref('s.currency'),
	evidence_text: (eb) => eb.ref('s.evidence_text'),
	evidence_start: (eb) => eb.ref('s.evidence_start'),
	evidence_end: (eb) => eb.ref('s.evidence_end'),
	article_id: (eb) => eb.ref('s.article_id'),
	article_title: (eb) => eb.ref('a.title'),
	// The canonical address when the outlet declares one.
	article_url: (eb) => eb.fn.coalesce('a.canonical_url', 'a.url'),
	outlet_name: (eb) => eb.ref('o.name'),
	published_on: (eb) => eb.ref('a.published_on'),
	extractor_version: (eb) => eb.ref('s.extractor_version'),
	is_demo: (eb) => eb.ref('a.is_demo'),
	due_on: (eb) => eb.ref('s.due_on'),
	due_phrase: (eb) => eb.ref('s.due_phrase'),
	overdue: () => overdueSql()
};

/** Public statements with `i` their actor (left-joined: it may be unresolved) and `g` its region, as filteredStatements() has them. */
export function publicStatementsWithActor(db: Db) {
	return publicStatements(db).leftJoin('institutions as i', 'i.id', 's.actor_institution_id').leftJoin('regions as g', 'g.code', 'i.region_code');
}

export type StatementsWithActor = ReturnType<typeof publicStatementsWithActor>;

/** The target, speaker and outlet joined onto public statements with their actor. */
function joinReadTables(q: StatementsWithActor) {
	return q
		.leftJoin('institutions as t', 't.id', 's.target_institution_id')
		.leftJoin('people as p', 'p.id', 's.speaker_person_id')
		.leftJoin('outlets as o', 'o.id', 'a.outlet_id');
}

type Joined = ReturnType<typeof joinReadTables>;
type JoinedDb = Joined extends SelectQueryBuilder<infer D, infer _T, infer _O> ? D : never;
type JoinedTables = Joined extends SelectQueryBuilder<infer _D, infer T, infer _O> ? T : never;

/** A public statement with only the fields `N`. */
export type StatementRow<N extends StoredFieldName> = Pick<PublicStatement, CamelCase<N>>;

/**
 * The fields `names` of the statements of `q` (public statements with their actor, filtered as
 * the caller likes), each under its camel-cased key: rows are `StatementRow<N>` as they come. The
 * caller adds its order, limit and any further columns.
 */
export function selectStatementFields<N extends StoredFieldName>(q: StatementsWithActor, names: readonly N[]) {
	const selected = joinReadTables(q).select((eb) => names.map((name) => sql`${READ[name](eb as unknown as ReadEb)}`.as(camelCase(name))));
	// Each alias carries its own field's type; Kysely's array selection would widen them to a union.
	return selected as unknown as SelectQueryBuilder<JoinedDb, JoinedTables, StatementRow<N>>;
}

/**
 * One SQL cell per field, in field order, written as the paged CSV writes values
 * (../../export/neutralize.ts): free text behind the formula guard, booleans as true/false, the
 * permalink from the COPY transaction's origin. Needs the read model's aliases (`s`, `a`, `i`, `g`,
 * `t`, `p`, `o`) in the query `eb` belongs to.
 */
export function statementCsvCells(eb: object, names: readonly StatementFieldName[]): AliasedRawBuilder<unknown, string>[] {
	const readEb = eb as unknown as ReadEb;
	return names.map((name) => {
		const spec: { type: string; values?: readonly string[] } = STATEMENT_FIELDS[name];
		if (name === 'permalink') return sql`${csvPermalink('/pledges/', readEb.ref('s.id'))}`.as(name);
		const value = READ[name](readEb);
		if (spec.type === 'boolean') return sql`${csvBoolean(value)}`.as(name);
		if (spec.type === 'string' && !spec.values) return sql`${csvSafeText(value)}`.as(name);
		return sql`${value}`.as(name);
	});
}
