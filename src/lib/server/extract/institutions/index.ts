// Runs the institution matchers, one per family of names, at a token and keeps the longest
// reading; on a tie the family listed first wins, so the order below is part of the behaviour.
import type { Lang } from '../../../domain/statement';
import type { Gazetteer } from '../../resolve/gazetteer';
import { memoizedGazetteer } from '../memo-gazetteer';
import { isCapitalized, type Token } from '../tokens';
import { badan } from './badan';
import { court } from './court';
import { dinas } from './dinas';
import { ditjen } from './ditjen';
import { dpr } from './dpr';
import { dprd } from './dprd';
import { fixed } from './fixed';
import { government } from './government';
import { headOfRegion } from './head-of-region';
import { kanwil } from './kanwil';
import { legislatureUnit } from './legislature-unit';
import { ministry } from './ministry';
import { police } from './police';
import { prison } from './prison';
import type { At, Candidate, Matcher, Scan } from './scan';
import { upt } from './upt';

export type { Candidate, Scan } from './scan';

const MATCHERS: readonly Matcher[] = [fixed, dprd, dpr, government, headOfRegion, police, ministry, ditjen, kanwil, prison, upt, dinas, badan, legislatureUnit, court];

const TRIGGERS: ReadonlySet<string> = new Set(MATCHERS.flatMap((m) => m.triggers));
const OPENERS = MATCHERS.filter((m) => m.opensAt);

function longestAt(scan: Scan, i: number): Candidate | null {
	const token = scan.tokens[i];
	const at: At = { i, token, lower: token.lower, cap: isCapitalized(token.text) };
	// Most words start no institution; a set lookup skips them before any matcher runs.
	if (!TRIGGERS.has(at.lower) && !OPENERS.some((m) => m.opensAt?.(scan, at))) return null;
	const out: Candidate[] = [];
	for (const m of MATCHERS) m.match(scan, at, out);
	let best: Candidate | null = null;
	for (const c of out) if (!best || c.end > best.end) best = c;
	return best;
}

/** A fresh scan of one article: nothing named yet. */
export function createScan(text: string, tokens: readonly Token[], ctx: { gazetteer: Gazetteer; lang: Lang }): Scan {
	const scan: Scan = {
		text,
		tokens,
		gazetteer: memoizedGazetteer(ctx.gazetteer),
		lang: ctx.lang,
		memory: { lastLegislature: null, prisonByPlace: new Map(), lastOfFamily: new Map() },
		longestAt: (i) => longestAt(scan, i)
	};
	return scan;
}
