// Broad selections at scale. A common word ("dprd", "akan") matches most of a million articles,
// and the exact facet counts, totals, the selection's chart and its rupiah total would each read
// every match: seconds on a cold cache. Above SAMPLE_ABOVE matching statements (counting stops
// there) those figures are counted on a repeatable page sample of the articles, sized by the
// planner's estimate of the matches to hold about SAMPLE_ABOVE of them, and scaled up; the page
// says they are estimates. The list itself, its order and every export stay exact.
import { sql } from 'kysely';
import { pledgeFiltersToParams, type PledgeFilters } from '$lib/filters/pledge-filters';
import type { Db } from '../connect';
import { filteredStatements } from './pledge-where';
import { cachedRead } from './read-cache';

/** A share of the articles' pages to count on, in percent, and the factor that scales counts back. */
export interface CountSample {
	percent: number;
	scale: number;
}

/** Matching statements past which counts are sampled (`COUNT_SAMPLE_ABOVE`, README). */
export const SAMPLE_ABOVE = Number(process.env.COUNT_SAMPLE_ABOVE) > 0 ? Number(process.env.COUNT_SAMPLE_ABOVE) : 20_000;
// Below this share the sample holds too few pages to say anything about small facet values.
const MIN_PERCENT = 0.5;

/** The planner's row estimate for the statements matching `f`; no rows are read. */
async function estimatedMatches(db: Db, f: PledgeFilters): Promise<number> {
	const query = filteredStatements(db, f).select(sql<number>`1`.as('one')).compile();
	// The same statement with its parameters still bound, only prefixed: EXPLAIN plans, it does not run.
	const result = await db.executeQuery<{ 'QUERY PLAN': unknown }>({ ...query, sql: `explain (format json) ${query.sql}` });
	const plan = result.rows[0]?.['QUERY PLAN'];
	const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan?: { 'Plan Rows'?: number } }[] | undefined;
	return Number(parsed?.[0]?.Plan?.['Plan Rows'] ?? 0);
}

/** Null when the selection is narrow enough to count exactly. Cached per data version, like the counts. */
export function countSampleFor(db: Db, f: PledgeFilters, sampleAbove = SAMPLE_ABOVE): Promise<CountSample | null> {
	return cachedRead(db, `${countKey('sample', f)}~above${sampleAbove}`, () => decideSample(db, f, sampleAbove));
}

async function decideSample(db: Db, f: PledgeFilters, sampleAbove: number): Promise<CountSample | null> {
	// Exact and cheap for a narrow selection: counting stops one row past the threshold.
	const capped = await db
		.selectFrom(filteredStatements(db, f).select(sql<number>`1`.as('one')).limit(sampleAbove + 1).as('m'))
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	if (Number(capped.n) <= sampleAbove) return null;
	// Past it, the planner's estimate sizes the sample (a word's frequency is in its statistics).
	const estimate = Math.max(sampleAbove + 1, await estimatedMatches(db, f));
	const percent = Math.max(MIN_PERCENT, Math.round((10_000 * sampleAbove) / estimate) / 100);
	return percent >= 100 ? null : { percent, scale: 100 / percent };
}

/** A sampled count scaled back to the whole selection. */
export const scaled = (n: number, sample: CountSample | null | undefined): number => (sample ? Math.round(n * sample.scale) : n);

/** Key of a cached count: the filters, and the sample when the count is estimated from one. */
export const countKey = (name: string, f: PledgeFilters, sample?: CountSample | null): string =>
	`${name}?${pledgeFiltersToParams({ ...f, sort: 'newest' })}${sample ? `~sample${sample.percent}` : ''}`;
