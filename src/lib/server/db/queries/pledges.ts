// Pledge search (/pledges): full-text (Indonesian and English stemming, see matchesText), the
// URL filters of $lib/filters/pledge-filters, facet counts (cached per data version), keyset pages.
import { sql, type RawBuilder } from 'kysely';
import type { PledgeFacet, PledgeFilters } from '$lib/filters/pledge-filters';
import { parseIsoDay, parseRowId } from '$lib/filters/url-params';
import type { Db } from '../connect';
import { filteredStatements, leadsItsSentence, sentenceKeySql } from './pledge-where';
import { countKey, scaled, type CountSample } from './count-sample';
import { cachedRead } from './read-cache';
import { findStatementCards, mergeSentenceCards, type StatementCard } from './statement-cards';
import { provinceCodeSql } from './province';

/** Position after the last row of a page: its date (null for undated rows) and id. */
export interface PledgeCursor {
	statedOn: string | null;
	id: number;
}

export function encodeCursor(c: PledgeCursor): string {
	return `${c.statedOn ?? 'none'}_${c.id}`;
}

export function decodeCursor(text: string | null): PledgeCursor | null {
	const m = text ? /^(\d{4}-\d{2}-\d{2}|none)_(\d{1,10})$/.exec(text) : null;
	const id = m ? parseRowId(m[2]) : undefined;
	const statedOn = m && m[1] !== 'none' ? parseIsoDay(m[1]) : null;
	// A cursor this server did not give out (no such day, an id past int4) starts the list from the
	// top instead of failing.
	return m && id !== undefined && statedOn !== undefined ? { statedOn, id } : null;
}

export interface PledgePage {
	/** One card per sentence: a sentence given two categories is one card with both (see sentenceKeySql). */
	cards: StatementCard[];
	/** Matching statements, each sentence once — what the page lists. */
	statements: number;
	/** Matching rows, one per category of a sentence — what the exports hold and the chart stacks. */
	total: number;
	/** The two counts above are estimated from a sample (a broad selection, ./count-sample.ts). */
	estimated: boolean;
	next: string | null;
}

export async function searchPledges(db: Db, f: PledgeFilters, cursorText: string | null, limit = 25, sample: CountSample | null = null): Promise<PledgePage> {
	const cursor = decodeCursor(cursorText);
	const base = filteredStatements(db, f);
	// One row per sentence (its first matching statement) so the ordered indexes still serve a page.
	let page = base.where(leadsItsSentence(db, f)).select(['s.id', 's.stated_on', 's.article_id', sentenceKeySql().as('sentence')]);
	const newest = f.sort === 'newest';
	if (cursor) {
		const { statedOn, id } = cursor;
		const before = newest ? '<' : '>';
		page = page.where((eb) =>
			statedOn === null
				? eb.and([eb('s.stated_on', 'is', null), eb('s.id', before, id)])
				: eb.or([
						eb('s.stated_on', before, statedOn),
						eb.and([eb('s.stated_on', '=', statedOn), eb('s.id', before, id)]),
						eb('s.stated_on', 'is', null)
					])
		);
	}
	page = newest
		? page.orderBy('s.stated_on', (o) => o.desc().nullsLast()).orderBy('s.id', 'desc')
		: page.orderBy('s.stated_on', (o) => o.asc().nullsLast()).orderBy('s.id', 'asc');
	const [rows, totals] = await Promise.all([
		page.limit(limit + 1).execute(),
		// The totals scan every match; they are the same for every page and sort, so they are cached.
		cachedRead(db, countKey('total', f, sample), () =>
			filteredStatements(db, f, undefined, sample)
				.select((eb) => [eb.fn.countAll<number>().as('n'), sentenceCount().as('sentences')])
				.executeTakeFirstOrThrow()
		)
	]);
	const shown = rows.slice(0, limit);
	const last = shown[shown.length - 1];
	return {
		cards: mergeSentenceCards(await findStatementCards(db, { ids: await withSiblings(db, f, shown) })),
		statements: scaled(Number(totals.sentences), sample),
		total: scaled(Number(totals.n), sample),
		estimated: sample !== null,
		next: rows.length > limit && last ? encodeCursor({ statedOn: last.stated_on, id: last.id }) : null
	};
}

/** The ids of these sentence leaders and of their siblings that match the filters, leaders' order kept. */
async function withSiblings(db: Db, f: PledgeFilters, leaders: { id: number; article_id: number; sentence: string }[]): Promise<number[]> {
	if (leaders.length === 0) return [];
	const siblings = await filteredStatements(db, f)
		.where('s.article_id', 'in', [...new Set(leaders.map((l) => l.article_id))])
		.where(sentenceKeySql(), 'in', leaders.map((l) => l.sentence))
		.select(['s.id', sentenceKeySql().as('sentence')])
		.orderBy('s.id')
		.execute();
	const bySentence = new Map<string, number[]>();
	for (const r of siblings) bySentence.set(r.sentence, [...(bySentence.get(r.sentence) ?? []), r.id]);
	return leaders.flatMap((l) => bySentence.get(l.sentence) ?? [l.id]);
}

export interface FacetValue {
	value: string;
	count: number;
}
export type FacetCounts = Record<PledgeFacet, FacetValue[]>;

const facetExpressions: Record<PledgeFacet, RawBuilder<string | number | null>> = {
	kind: sql.raw('s.kind'),
	actorKind: sql.raw('i.kind'),
	category: sql.raw('s.category'),
	strength: sql.raw('s.strength'),
	status: sql.raw('s.status'),
	review: sql.raw('s.review_status'),
	level: sql.raw('i.level'),
	province: provinceCodeSql(),
	year: sql.raw('extract(year from s.stated_on)::int')
};

/** Facets count sentences, as the page lists them: a two-category sentence is one under `level=…`. */
const sentenceCount = () => sql<number>`count(distinct ${sentenceKeySql()})`;

/** Counts per value of every facet, each under all the other filters (so alternatives stay visible). */
export function getPledgeFacets(db: Db, f: PledgeFilters, sample: CountSample | null = null): Promise<FacetCounts> {
	return cachedRead(db, countKey('facets', f, sample), () => computeFacets(db, f, sample));
}

type FacetRow = { value: string | number | null; n: number };

function toFacetValues(facet: PledgeFacet, rows: FacetRow[], sample: CountSample | null): FacetValue[] {
	return rows
		.filter((r) => r.value !== null)
		.map((r) => ({ value: String(r.value), count: scaled(Number(r.n), sample) }))
		.sort((a, b) => (facet === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value)));
}

// The expressions are the fixed strings above, never user input.
const facetSql = (facet: PledgeFacet) => facetExpressions[facet];

/**
 * A facet with a selection of its own is counted under every other filter (its own query); all
 * facets without one share the same rows, so they are counted in ONE scan with grouping sets
 * instead of one scan each — on a common search word that scan is most of the page's time.
 */
async function computeFacets(db: Db, f: PledgeFilters, sample: CountSample | null): Promise<FacetCounts> {
	const facets = Object.keys(facetExpressions) as PledgeFacet[];
	const selected = facets.filter((facet) => f[facet].length > 0);
	const shared = facets.filter((facet) => f[facet].length === 0);
	const counts = {} as FacetCounts;
	await Promise.all([
		...selected.map(async (facet) => {
			const expr = facetSql(facet);
			const rows = await filteredStatements(db, f, facet, sample)
				.select([expr.as('value'), sentenceCount().as('n')])
				.groupBy(expr)
				.execute();
			counts[facet] = toFacetValues(facet, rows, sample);
		}),
		(async () => {
			if (shared.length === 0) return;
			// grouping(expr) is 0 on the rows grouped by that facet, telling its real nulls from the set's.
			const rows = await filteredStatements(db, f, undefined, sample)
				.select([
					...shared.map((facet, i) => facetSql(facet).as(`v${i}`)),
					...shared.map((facet, i) => sql<number>`grouping(${facetSql(facet)})`.as(`g${i}`)),
					sentenceCount().as('n')
				])
				.groupBy(sql`grouping sets (${sql.join(shared.map((facet) => sql`(${facetSql(facet)})`))})`)
				.execute();
			const byColumn = rows as unknown as Array<Record<string, string | number | null>>;
			shared.forEach((facet, i) => {
				const mine = byColumn.filter((r) => Number(r[`g${i}`]) === 0).map((r) => ({ value: r[`v${i}`], n: Number(r.n) }));
				counts[facet] = toFacetValues(facet, mine, sample);
			});
		})()
	]);
	return counts;
}

export interface PledgeUpdateView {
	status: string;
	effectiveOn: string;
	reason: string;
	sourceArticleId: number | null;
	sourceUrl: string | null;
}

export interface PledgeDetail {
	card: StatementCard;
	article: {
		id: number;
		title: string | null;
		body: string;
		url: string | null;
		language: string;
		publishedOn: string | null;
		outletName: string | null;
		outletDomain: string | null;
		isDemo: boolean;
	};
	extractorVersion: string;
	updates: PledgeUpdateView[];
}

/** One public statement with its article and accepted status history; null if missing or rejected. */
export async function getPledgeDetail(db: Db, id: number): Promise<PledgeDetail | null> {
	const [card] = await findStatementCards(db, { ids: [id] });
	if (!card) return null;
	const [article, statement, updates] = await Promise.all([
		db
			.selectFrom('articles as a')
			.leftJoin('outlets as o', 'o.id', 'a.outlet_id')
			.select(['a.id', 'a.title', 'a.body', 'a.url', 'a.canonical_url', 'a.language', 'a.published_on', 'a.is_demo', 'o.name', 'o.domain'])
			.where('a.id', '=', card.articleId)
			.executeTakeFirstOrThrow(),
		db.selectFrom('statements').select('extractor_version').where('id', '=', id).executeTakeFirstOrThrow(),
		db
			.selectFrom('pledge_updates')
			.select(['status', 'effective_on', 'reason', 'source_article_id', 'source_url'])
			.where('statement_id', '=', id)
			.where('state', '=', 'accepted')
			.orderBy('effective_on')
			.orderBy('id')
			.execute()
	]);
	return {
		card,
		article: {
			id: article.id,
			title: article.title,
			body: article.body,
			url: article.canonical_url ?? article.url,
			language: article.language,
			publishedOn: article.published_on,
			outletName: article.name,
			outletDomain: article.domain,
			isDemo: article.is_demo
		},
		extractorVersion: statement.extractor_version,
		updates: updates.map((u) => ({
			status: u.status,
			effectiveOn: u.effective_on,
			reason: u.reason,
			sourceArticleId: u.source_article_id,
			sourceUrl: u.source_url
		}))
	};
}
