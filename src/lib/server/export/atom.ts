// Atom 1.0 (RFC 4287) documents of new statements. Written by hand with one escaping function:
// every text and attribute goes through xmlText(), which also drops the control characters XML
// forbids (a stray \u0001 in a news quote would otherwise make the whole feed unreadable).
import { safeHttpUrl } from '../../format/segments';
import type { FeedPledgeRow } from '../db/queries/export-pledges';

// eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 forbids is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(text: string): string {
	return text
		.replace(FORBIDDEN, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

export interface FeedMeta {
	/** The feed's own URL (its id and rel=self). */
	selfUrl: string;
	/** The HTML page the feed follows (rel=alternate). */
	pageUrl: string;
	title: string;
	lang: 'id' | 'en';
	/** Used for <updated> when the feed is empty. */
	now: Date;
}

const LABELS = {
	id: { pledge: 'Janji', request: 'Permintaan', undated: 'tanpa tanggal', unknown: 'Lembaga tak dikenal', overdue: 'lewat tenggat' },
	en: { pledge: 'Pledge', request: 'Request', undated: 'undated', unknown: 'Unknown institution', overdue: 'overdue, due' }
} as const;

function entry(row: FeedPledgeRow, origin: string, lang: 'id' | 'en'): string {
	const l = LABELS[lang];
	const url = `${origin}/pledges/${row.id}`;
	const who = row.actorName ?? l.unknown;
	const late = row.overdue && row.dueOn ? ` · ${l.overdue} ${row.dueOn}` : '';
	const title = `${l[row.kind]} · ${who} · ${row.category} · ${row.statedOn ?? l.undated}${late}`;
	// Stored source URLs come from outside: like the pages, link only http(s) addresses. Feed
	// readers resolve "//evil.example" or "javascript:…" just as browsers do (issue 15).
	const sourceUrl = safeHttpUrl(row.articleUrl);
	const source = sourceUrl ? `\n\t\t<link rel="related" href="${xmlText(sourceUrl)}"/>` : '';
	return `\t<entry>
		<id>${xmlText(url)}</id>
		<title>${xmlText(title)}</title>
		<updated>${row.createdAt.toISOString()}</updated>${row.statedOn ? `\n\t\t<published>${row.statedOn}T00:00:00Z</published>` : ''}
		<link rel="alternate" type="text/html" href="${xmlText(url)}"/>${source}
		<author><name>${xmlText(who)}</name></author>
		<category term="${xmlText(row.category)}"/>
		<summary type="text">${xmlText(row.evidenceText)}</summary>
	</entry>`;
}

export function atomFeed(meta: FeedMeta, rows: readonly FeedPledgeRow[], origin: string): string {
	const updated = rows.length ? new Date(Math.max(...rows.map((r) => r.createdAt.getTime()))) : meta.now;
	return atomDocument(meta, updated, rows.map((r) => entry(r, origin, meta.lang)), origin);
}

/** The feed around its entries (each already escaped XML); shared by the pledge and status-change feeds. */
export function atomDocument(meta: FeedMeta, updated: Date, entries: readonly string[], origin: string): string {
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${meta.lang}">
	<id>${xmlText(meta.selfUrl)}</id>
	<title>${xmlText(meta.title)}</title>
	<updated>${updated.toISOString()}</updated>
	<link rel="self" type="application/atom+xml" href="${xmlText(meta.selfUrl)}"/>
	<link rel="alternate" type="text/html" href="${xmlText(meta.pageUrl)}"/>
	<author><name>Pledgewatch</name><uri>${xmlText(origin)}</uri></author>
	<rights>CC BY 4.0 — ${xmlText(origin)}/data</rights>
	<generator>Pledgewatch</generator>
${entries.join('\n')}
</feed>
`;
}
