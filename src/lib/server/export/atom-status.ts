// Atom entries for status changes (issue 12, item 5): "Kept · DPRD … · budget" with the editor's
// reason and source, dated when the change became public, linking to the pledge's page.
import { safeHttpUrl } from '../../format/segments';
import type { StatusChange } from '../db/queries/follow-events';
import { atomDocument, xmlText, type FeedMeta } from './atom';
import { messagesFor } from '$lib/i18n';

function entry(change: StatusChange, origin: string, lang: 'id' | 'en'): string {
	const t = messagesFor(lang);
	const url = `${origin}/pledges/${change.statementId}`;
	const who = change.actorName ?? t.common.unknownActor;
	const title = `${t.statuses[change.status]} · ${who} · ${t.categories[change.category]} · ${change.effectiveOn}`;
	const source = safeHttpUrl(change.sourceUrl);
	const related = source ? `\n\t\t<link rel="related" href="${xmlText(source)}"/>` : '';
	// One entry per change: the update's id, not the pledge's, so a later change is a new entry.
	return `\t<entry>
		<id>${xmlText(`${url}#status-${change.updateId}`)}</id>
		<title>${xmlText(title)}</title>
		<updated>${change.decidedAt.toISOString()}</updated>
		<link rel="alternate" type="text/html" href="${xmlText(url)}"/>${related}
		<author><name>${xmlText(who)}</name></author>
		<category term="${xmlText(change.status)}"/>
		<summary type="text">${xmlText(`${change.reason} — “${change.evidenceText}”`)}</summary>
	</entry>`;
}

export function statusChangeFeed(meta: FeedMeta, changes: readonly StatusChange[], origin: string): string {
	const updated = changes.length ? new Date(Math.max(...changes.map((c) => c.decidedAt.getTime()))) : meta.now;
	return atomDocument(meta, updated, changes.map((c) => entry(c, origin, meta.lang)), origin);
}
