// The demo's editor at work (issue 12, item 6): a fictional editor has confirmed about three in
// five of the follow-up suggestions the demo's later news produced — at least one of each status —
// so scorecards show verdicts with their sources, and the rest wait in the review queue for a
// newcomer to try. Deterministic and idempotent: the same suggestions are chosen on every load.
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connect';
import { ensureDemoEditor, listDemoFollowupSuggestions } from '../db/queries/demo-data';
import { hashPassword } from '../auth/password';
import { decideSuggestion } from '../editorial/pledge-status';

/** Returns how many suggestions the demo editor accepted now. */
export async function confirmDemoFollowups(db: Db): Promise<number> {
	const suggestions = await listDemoFollowupSuggestions(db);
	if (suggestions.length === 0) return 0;
	// A password nobody knows, on an account that is disabled anyway.
	const editor = await ensureDemoEditor(db, () => hashPassword(randomBytes(32).toString('hex')));
	const seen = new Map<string, number>();
	let accepted = 0;
	for (const s of suggestions) {
		const position = seen.get(s.status) ?? 0;
		seen.set(s.status, position + 1);
		// Positions 0, 1, 2 of every 5 per status: the first of each is always confirmed.
		if (position % 5 >= 3 || s.state !== 'suggested') continue;
		await decideSuggestion(db, editor, s.id, 'accept');
		accepted++;
	}
	return accepted;
}
